-- Text samples, 1-minute and 1-hour rollups, compression and retention.
-- TimescaleDB: sample_text is a hypertable, sample_1m/sample_1h are continuous aggregates (real-time:
-- the newest buckets are computed from raw data at query time) refreshed by policies, raw data is compressed
-- after 7 days and dropped after 90 days (sample_apply_policy changes these).
-- Plain PostgreSQL: sample_1m/sample_1h are tables that the application refreshes every minute through
-- sample_rollup(); old daily partitions are dropped by sample_drop_expired(). Both paths have the same
-- columns, so that the queries are the same.

alter table storage_layout
    add column chunk_interval interval not null default interval '1 day',
    add column compress_after interval not null default interval '7 days',
    add column raw_retention  interval not null default interval '90 days';

do $$
begin
    if (select time_series from storage_layout) = 'TIMESCALEDB' then
        create table sample_text (
            time    timestamptz not null,
            tag_id  bigint      not null,
            value   text        not null,
            quality smallint    not null,
            constraint sample_text_pkey primary key (tag_id, time)
        );
        perform create_hypertable('sample_text', 'time', chunk_time_interval => interval '7 days');

        execute $v$
            create materialized view sample_1m
                with (timescaledb.continuous, timescaledb.materialized_only = false) as
            select tag_id, time_bucket(interval '1 minute', time) as bucket,
                   min(value) as min, max(value) as max, avg(value) as avg,
                   first(value, time) as first, last(value, time) as last, count(*) as count
            from sample
            group by tag_id, time_bucket(interval '1 minute', time)
            with no data $v$;
        execute $v$
            create materialized view sample_1h
                with (timescaledb.continuous, timescaledb.materialized_only = false) as
            select tag_id, time_bucket(interval '1 hour', time) as bucket,
                   min(value) as min, max(value) as max, avg(value) as avg,
                   first(value, time) as first, last(value, time) as last, count(*) as count
            from sample
            group by tag_id, time_bucket(interval '1 hour', time)
            with no data $v$;
        -- Late samples (a spool replayed after an outage) within start_offset are picked up by the next run.
        perform add_continuous_aggregate_policy('sample_1m',
            start_offset => interval '1 day', end_offset => interval '1 minute',
            schedule_interval => interval '1 minute');
        perform add_continuous_aggregate_policy('sample_1h',
            start_offset => interval '3 days', end_offset => interval '1 hour',
            schedule_interval => interval '15 minutes');

        alter table sample set (timescaledb.compress,
            timescaledb.compress_segmentby = 'tag_id', timescaledb.compress_orderby = 'time');
        alter table sample_text set (timescaledb.compress,
            timescaledb.compress_segmentby = 'tag_id', timescaledb.compress_orderby = 'time');
        perform add_compression_policy('sample_text', interval '7 days');
    else
        create table sample_text (
            time    timestamptz not null,
            tag_id  bigint      not null,
            value   text        not null,
            quality smallint    not null,
            constraint sample_text_pkey primary key (tag_id, time)
        );
        create table sample_1m (
            tag_id bigint           not null,
            bucket timestamptz      not null,
            min    double precision not null,
            max    double precision not null,
            avg    double precision not null,
            first  double precision not null,
            last   double precision not null,
            count  bigint           not null,
            constraint sample_1m_pkey primary key (tag_id, bucket)
        );
        create table sample_1h (like sample_1m including all);
    end if;
end
$$;

-- Sets chunk interval, compression age and raw retention; idempotent, called by the application at open.
create function sample_apply_policy(chunk interval, after_age interval, keep_raw interval)
    returns void
    language plpgsql
as $$
begin
    if chunk <= interval '0' or after_age <= interval '0' or keep_raw <= interval '0' then
        raise exception 'sample policy needs positive intervals, got chunk %, compress after %, retention %',
            chunk, after_age, keep_raw;
    end if;
    perform pg_advisory_xact_lock(hashtext('sample_apply_policy'));
    update storage_layout set chunk_interval = chunk, compress_after = after_age, raw_retention = keep_raw;
    if (select time_series from storage_layout) = 'TIMESCALEDB' then
        perform set_chunk_time_interval('sample', chunk);
        perform remove_compression_policy('sample', if_exists => true);
        perform add_compression_policy('sample', after_age);
        perform remove_retention_policy('sample', if_exists => true);
        perform add_retention_policy('sample', keep_raw);
        perform remove_retention_policy('sample_text', if_exists => true);
        perform add_retention_policy('sample_text', keep_raw);
    end if;
end
$$;

-- Plain PostgreSQL: recomputes the 1-minute buckets of [from_t, to_t) from raw samples and the 1-hour
-- buckets touching that window from the 1-minute ones; only whole minutes before to_t. Returns the number of
-- 1-minute buckets written. Rerunning it is harmless.
create function sample_rollup(from_t timestamptz, to_t timestamptz)
    returns bigint
    language plpgsql
as $$
declare
    lo_m timestamptz := date_bin(interval '1 minute', from_t, timestamptz '2000-01-01 00:00Z');
    hi_m timestamptz := date_bin(interval '1 minute', to_t, timestamptz '2000-01-01 00:00Z');
    lo_h timestamptz := date_bin(interval '1 hour', from_t, timestamptz '2000-01-01 00:00Z');
    written bigint;
begin
    if (select time_series from storage_layout) = 'TIMESCALEDB' then
        return 0;
    end if;
    insert into sample_1m (tag_id, bucket, min, max, avg, first, last, count)
    select tag_id, date_bin(interval '1 minute', time, timestamptz '2000-01-01 00:00Z'),
           min(value), max(value), avg(value),
           (array_agg(value order by time))[1], (array_agg(value order by time desc))[1], count(*)
    from sample
    where time >= lo_m and time < hi_m
    group by 1, 2
    on conflict (tag_id, bucket) do update
        set min = excluded.min, max = excluded.max, avg = excluded.avg, first = excluded.first,
            last = excluded.last, count = excluded.count;
    get diagnostics written = row_count;

    insert into sample_1h (tag_id, bucket, min, max, avg, first, last, count)
    select tag_id, date_bin(interval '1 hour', bucket, timestamptz '2000-01-01 00:00Z'),
           min(min), max(max), sum(avg * count) / sum(count),
           (array_agg(first order by bucket))[1], (array_agg(last order by bucket desc))[1], sum(count)
    from sample_1m
    where bucket >= lo_h and bucket < hi_m
    group by 1, 2
    on conflict (tag_id, bucket) do update
        set min = excluded.min, max = excluded.max, avg = excluded.avg, first = excluded.first,
            last = excluded.last, count = excluded.count;
    return written;
end
$$;

-- Plain PostgreSQL: drops the daily sample partitions that end before now() - raw_retention, and deletes
-- text samples older than that. Returns the number of partitions dropped.
create function sample_drop_expired()
    returns integer
    language plpgsql
as $$
declare
    cutoff  timestamptz;
    part    record;
    dropped integer := 0;
begin
    if (select time_series from storage_layout) = 'TIMESCALEDB' then
        return 0;
    end if;
    cutoff := now() - (select raw_retention from storage_layout);
    for part in
        select c.relname
        from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'sample'::regclass and c.relname ~ '^sample_p[0-9]{8}$'
    loop
        if (to_date(substr(part.relname, 9), 'YYYYMMDD') + 1)::timestamp at time zone 'UTC' <= cutoff then
            execute format('drop table %I', part.relname);
            dropped := dropped + 1;
        end if;
    end loop;
    delete from sample_default where time < cutoff;
    delete from sample_text where time < cutoff;
    return dropped;
end
$$;

select sample_apply_policy(interval '1 day', interval '7 days', interval '90 days');
