--liquibase formatted sql

--changeset jifen:2026-11-28-score-job
-- Background recomputes of a subtree over a range. Progress is written in the same transaction as each batch of
-- score_result rows, so a crash leaves a job whose last_unit_id names the last unit whose rows are stored. A replica
-- claims a job by a conditional update of owner/heartbeat; a RUNNING job whose heartbeat is stale is claimed again
-- and continues after last_unit_id (units are processed in id order).
create table score_job (
    id             bigint        not null auto_increment primary key,
    organization_id bigint       not null,
    org_path       varchar(500)  not null,
    range_from     date          not null,
    range_to       date          not null,
    state          varchar(20)   not null,
    units_total    int           not null default 0,
    units_done     int           not null default 0,
    last_unit_id   bigint,
    owner          varchar(100),
    heartbeat      datetime(6),
    started_by     varchar(100)  not null,
    started_at     datetime(6)   not null,
    finished_at    datetime(6),
    error          varchar(1000),
    constraint fk_score_job_organization foreign key (organization_id) references organization (id),
    constraint ck_score_job_state check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_score_job_state on score_job (state, heartbeat);
create index ix_score_job_unit on score_job (organization_id, started_at);
--rollback drop table score_job;

--changeset jifen:2026-11-28-shedlock
-- ShedLock's table (shedlock-provider-jdbc-template): the stale-job sweep runs on one replica at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null default current_timestamp(3),
    locked_by  varchar(255) not null
) engine = InnoDB;
--rollback drop table shedlock;

--changeset jifen:2026-11-28-ledger-grid-indexes
-- The ledger grid pages 50 rows "where org_path like ? and entry_date between ? and ? [and item_id = ?]
-- [and status = ?] order by entry_date desc, id desc": with a wide scope (a whole tenant) the scope index cannot give
-- the order, so MariaDB reads the date index backwards and stops after 50 matches; an item or status filter reads
-- its own (filter, date, id) index backwards. Measured by LedgerBench (docs/performance.md).
create index ix_ledger_entry_date on ledger_entry (entry_date, id);
create index ix_ledger_entry_item_date on ledger_entry (item_id, entry_date, id);
create index ix_ledger_entry_status_date on ledger_entry (status, entry_date, id);
--rollback drop index ix_ledger_entry_status_date on ledger_entry; drop index ix_ledger_entry_item_date on ledger_entry; drop index ix_ledger_entry_date on ledger_entry;
