--liquibase formatted sql

--changeset jifen:2026-11-28-ledger-grid-order
-- The ledger grid pages a whole branch or subtree newest first (entry_date desc, id desc, limit 50, no count). With
-- only (org_path, entry_date, id) a large subtree is a range on org_path and a sort of all its rows; walking this
-- index backwards and filtering on org_path stops after the first page. The optimizer picks per query.
create index ix_ledger_entry_date on ledger_entry (entry_date, id);
--rollback drop index ix_ledger_entry_date on ledger_entry;
