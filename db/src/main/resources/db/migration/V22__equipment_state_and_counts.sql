-- What the MES derives from the signals: each asset's equipment state, stored as changes only, and
-- the parts its counter counted, per reading that moved it. Hypertables when TimescaleDB is here.

create table equipment_state (
    asset_id   bigint      not null,
    start_time timestamptz not null,
    state      text        not null
        check (state in ('RUNNING', 'IDLE', 'STARVED', 'BLOCKED', 'DOWN', 'PLANNED_STOP', 'CHANGEOVER', 'OFFLINE')),
    primary key (asset_id, start_time)
);

create table part_count (
    asset_id bigint      not null,
    time     timestamptz not null,
    parts    integer     not null check (parts > 0),
    primary key (asset_id, time)
);

do $$
begin
    if exists (select 1 from pg_extension where extname = 'timescaledb') then
        perform create_hypertable('equipment_state', 'start_time', chunk_time_interval => interval '7 days');
        perform create_hypertable('part_count', 'time', chunk_time_interval => interval '7 days');
    end if;
end
$$;
