--liquibase formatted sql

--changeset jifen:2026-11-29-ledger-idempotency-index
-- Recording skips drafts whose idempotency key the tenant already has (ledger/LedgerService.knownKeys: key in (…)
-- and the tenant's org_path prefix). The unique key (organization_id, idempotency_key) cannot answer a tenant-wide
-- question, so without this index an OA batch or an import read every ledger row of the tenant (5 M at 100,000
-- members); with it each key is one index lookup. Most rows have no key: their entries are short.
create index ix_ledger_entry_idempotency on ledger_entry (idempotency_key);
--rollback drop index ix_ledger_entry_idempotency on ledger_entry;
