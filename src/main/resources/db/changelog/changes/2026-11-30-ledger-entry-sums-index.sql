--liquibase formatted sql

--changeset jifen:2026-11-30-ledger-entry-sums-index
-- The recompute lets MariaDB sum the ledger per member × month × item × option (score/recompute/LedgerFacts). With
-- the month in the covering index right after the constant status, the rows come in the GROUP BY's order: no
-- temporary table, whatever tmp_table_size is, and a range's months are a range of the index, so a ledger of many
-- years is not read for one quarter. reverses_id comes after the group's columns: a reversal repeats its entry
-- (ledger/Entry.reversalOf), so it falls in the same group and is subtracted there. The month is a stored
-- generated column: nothing writes it. ix_ledger_entry_facts, the same columns ordered by date, served only the
-- recompute and goes.
alter table ledger_entry add column entry_month int as (year(entry_date) * 12 + month(entry_date) - 1) persistent;
create index ix_ledger_entry_sums on ledger_entry
    (member_id, status, entry_month, item_id, option_code, reverses_id, entry_date, value, count);
drop index ix_ledger_entry_facts on ledger_entry;
--rollback create index ix_ledger_entry_facts on ledger_entry (member_id, status, reverses_id, entry_date, item_id, option_code, value, count); drop index ix_ledger_entry_sums on ledger_entry; alter table ledger_entry drop column entry_month;
