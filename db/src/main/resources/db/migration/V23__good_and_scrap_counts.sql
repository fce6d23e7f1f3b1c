-- Counted parts by kind: PRODUCED from the PART_COUNTER, GOOD and SCRAP from the GOOD_COUNTER and
-- SCRAP_COUNTER tags, so the quality ratio comes from the same stored events as the other KPIs.

alter table part_count add column kind text not null default 'PRODUCED'
    check (kind in ('PRODUCED', 'GOOD', 'SCRAP'));
alter table part_count drop constraint part_count_pkey;
alter table part_count add primary key (asset_id, kind, time);
