--liquibase formatted sql

--changeset jifen:2026-12-01-ledger-entry-signed-sums
-- The recompute's grouped read (score/recompute/LedgerFacts) spent most of its time per entry on utf8mb4_unicode_ci
-- comparisons of the codes it groups by and on decimal arithmetic (docs/performance.md, round 8):
-- * item, option and status are codes, matched exactly everywhere else (the engine, the scheme documents), so they
--   compare as bytes here too;
-- * a reversal repeats its entry (ledger/Entry.reversalOf) and counts negatively in its group: occurrences and
--   points_cents are the entry's counts and points with that sign, value_cents its value, as integers. They are
--   virtual, kept in ix_ledger_entry_sums only (read as fast as stored ones): stored, they would widen every row by
--   16 bytes, 80 MB of buffer pool at 5 M entries.
-- The month comes after item and option: a range inside one assessed period (a quarter's recompute of a quarterly
-- scheme) is then summed per member × item × option in index order, a third of the groups of a per-month sum.
-- count stays in the index: the benchmark's floor, SUM(count) GROUP BY member, reads the same index.
alter table ledger_entry
    modify item_id varchar(60) character set utf8mb4 collate utf8mb4_bin not null,
    modify option_code varchar(40) character set utf8mb4 collate utf8mb4_bin,
    modify status varchar(20) character set utf8mb4 collate utf8mb4_bin not null,
    add column occurrences int as (if(reverses_id is null, count, -count)) virtual,
    add column points_cents bigint as (if(reverses_id is null, count, -count) * cast(value * 100 as signed))
        virtual,
    add column value_cents int as (cast(value * 100 as signed)) virtual,
    drop index ix_ledger_entry_sums,
    add index ix_ledger_entry_sums (member_id, status, item_id, option_code, entry_month, entry_date, count,
        occurrences, points_cents, value_cents);
--rollback alter table ledger_entry drop index ix_ledger_entry_sums, drop column value_cents, drop column points_cents,
--rollback     drop column occurrences, modify item_id varchar(60) not null, modify option_code varchar(40),
--rollback     modify status varchar(20) not null, add index ix_ledger_entry_sums (member_id, status, entry_month,
--rollback     item_id, option_code, reverses_id, entry_date, value, count);
