-- Shift calendars, the shifts they give on each line, and the production plan (demand per shift).
-- A line works one shift at a time: the EXCLUDE constraint on `shift` guarantees it, whoever writes.

create extension if not exists btree_gist;

-- The pattern a line works (shift definitions with start, length and breaks; working days; crews
-- rotating weekly; time zone; non-production days; standard demand per shift definition), kept as
-- one JSON document, and how far ahead its shifts have been materialized into `shift`.
create table shift_pattern (
    line_id            bigint      primary key references asset (id) on delete cascade,
    pattern            jsonb       not null,
    materialized_from  timestamptz,
    materialized_until timestamptz,
    updated_at         timestamptz not null default now()
);

create table shift (
    id        bigserial primary key,
    line_id   bigint not null references asset(id) on delete cascade,
    name      text   not null,          -- EARLY, LATE, NIGHT or an overtime shift's name
    crew      text,
    period    tstzrange not null check (not isempty(period) and lower_inc(period) and not upper_inc(period)),
    breaks    jsonb  not null default '[]',  -- [{"start":"2026-11-25T08:00:00Z","end":"2026-11-25T08:15:00Z"}]
    overtime  boolean not null default false,
    exclude using gist (line_id with =, period with &&)
);

create index shift_line_start_idx on shift (line_id, lower(period));

-- Demand of one shift in units. `standard` marks demand taken from the pattern's standard demand
-- when the shift was materialized, as opposed to demand a planner set for that shift.
create table production_plan (
    shift_id   bigint      primary key references shift (id) on delete cascade,
    demand     integer     not null check (demand > 0),
    standard   boolean     not null default false,
    updated_at timestamptz not null default now()
);
