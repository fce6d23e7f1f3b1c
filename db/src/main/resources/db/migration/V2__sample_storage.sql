-- Raw time-series samples from the plant connectors, written by the historian (COPY, never JPA).
-- A TimescaleDB hypertable when the extension can be loaded; native daily range partitions otherwise.
-- Either way (tag_id, time) is unique, so a replayed batch never doubles a row.

-- What this database decided, so that the application reads it instead of guessing again.
create table storage_layout (
    singleton   boolean     primary key default true check (singleton),
    time_series text        not null check (time_series in ('TIMESCALEDB', 'PARTITIONED')),
    -- Why the TimescaleDB path was not taken although the extension is installed, if that happened.
    note        text,
    decided_at  timestamptz not null default now()
);

do $$
declare
    use_timescale boolean;
    why_not       text;
begin
    use_timescale := exists (select 1 from pg_extension where extname = 'timescaledb')
        or (exists (select 1 from pg_available_extensions where name = 'timescaledb')
            and position('timescaledb' in current_setting('shared_preload_libraries')) > 0);

    if not use_timescale and exists (select 1 from pg_available_extensions where name = 'timescaledb') then
        why_not := 'timescaledb is installed but not in shared_preload_libraries';
    end if;

    if use_timescale then
        begin
            create extension if not exists timescaledb;
        exception when others then
            -- A plain table still keeps every sample; the note and a warning say what was missed.
            use_timescale := false;
            why_not := 'create extension timescaledb failed: ' || sqlerrm;
        end;
    end if;

    if why_not is not null then
        raise warning 'sample: taking the plain PostgreSQL path (%)', why_not;
    end if;

    if use_timescale then
        create table sample (
            time    timestamptz      not null,
            tag_id  bigint           not null,
            value   double precision not null,
            quality smallint         not null,
            constraint sample_pkey primary key (tag_id, time)
        );
        perform create_hypertable('sample', 'time', chunk_time_interval => interval '1 day');
        insert into storage_layout (time_series, note) values ('TIMESCALEDB', null);
    else
        create table sample (
            time    timestamptz      not null,
            tag_id  bigint           not null,
            value   double precision not null,
            quality smallint         not null,
            constraint sample_pkey primary key (tag_id, time)
        ) partition by range (time);
        -- Catches timestamps outside the prepared days (clock skew, back-filled history): never lost.
        create table sample_default partition of sample default;
        insert into storage_layout (time_series, note) values ('PARTITIONED', why_not);
    end if;
end
$$;

-- Creates the daily partitions (UTC days) from days_back before today to days_ahead after it,
-- moving any rows the default partition already holds for a new day into it. Returns how many
-- partitions it created. Called at startup and hourly by the application; a no-op on TimescaleDB.
create function sample_ensure_partitions(days_back integer default 3, days_ahead integer default 7)
    returns integer
    language plpgsql
as $$
declare
    today   date := (now() at time zone 'UTC')::date;
    day     date;
    lower_t timestamptz;
    upper_t timestamptz;
    part    text;
    created integer := 0;
begin
    if (select time_series from storage_layout) is distinct from 'PARTITIONED' then
        return 0;
    end if;
    -- Several application instances may run this at the same moment.
    perform pg_advisory_xact_lock(hashtext('sample_ensure_partitions'));

    for day in select d::date from generate_series(today - days_back, today + days_ahead, interval '1 day') as d loop
        part := 'sample_p' || to_char(day, 'YYYYMMDD');
        continue when to_regclass(part) is not null;
        lower_t := day::timestamp at time zone 'UTC';
        upper_t := (day + 1)::timestamp at time zone 'UTC';

        -- A new partition cannot be created while the default one holds rows of its range.
        create temp table sample_moving on commit drop as
            with moved as (
                delete from sample_default where time >= lower_t and time < upper_t returning *
            )
            select * from moved;
        execute format('create table %I partition of sample for values from (%L) to (%L)',
                       part, lower_t, upper_t);
        insert into sample select * from sample_moving;
        drop table sample_moving;
        created := created + 1;
    end loop;
    return created;
end
$$;
