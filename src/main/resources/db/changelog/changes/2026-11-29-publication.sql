--liquibase formatted sql

--changeset jifen:2026-11-29-result-snapshot
-- 公示: a unit's results of one assessed period, frozen when the period is closed. Every revision is a row of its
-- own and is never changed but for its state and window: an upheld objection leads to revision n+1, the older one
-- becomes SUPERSEDED. The ledger mark (largest entry id and number of entries counted) ties the numbers to the
-- ledger as it was; the scheme version record says under which rules they were computed.
create table result_snapshot (
    id                bigint        not null auto_increment primary key,
    tenant_id         bigint        not null,
    organization_id   bigint        not null,
    org_path          varchar(500)  not null,
    period_start      date          not null,
    period_end        date          not null,
    revision          int           not null,
    scheme_version_id bigint        not null,
    ledger_mark       bigint        not null,
    entries_counted   int           not null,
    state             varchar(20)   not null,
    window_from       date,
    window_to         date,
    changes           varchar(2000),
    frozen_by         varchar(100)  not null,
    frozen_at         datetime(6)   not null,
    published_by      varchar(100),
    published_at      datetime(6),
    closed_by         varchar(100),
    closed_at         datetime(6),
    constraint fk_result_snapshot_organization foreign key (organization_id) references organization (id),
    constraint fk_result_snapshot_scheme_version foreign key (scheme_version_id) references scheme_version (id),
    constraint uk_result_snapshot_revision unique (organization_id, period_start, revision),
    constraint ck_result_snapshot_state check (state in ('FROZEN', 'PUBLISHED', 'SUPERSEDED', 'CLOSED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
-- the window job: published snapshots whose window ended
create index ix_result_snapshot_window on result_snapshot (state, window_to);
create index ix_result_snapshot_scope on result_snapshot (org_path, period_start);
--rollback drop table result_snapshot;

--changeset jifen:2026-11-29-result-snapshot-row
-- One member's line of a snapshot. Reasons are the items with points, stored as bundle keys with operands (JSON)
-- so that each reader sees them in their own language.
create table result_snapshot_row (
    id           bigint        not null auto_increment primary key,
    snapshot_id  bigint        not null,
    member_id    bigint        not null,
    member_name  varchar(100)  not null,
    total        decimal(9, 2) not null,
    tier_name    varchar(100),
    unit_rank    int,
    unit_size    int,
    subtotals    varchar(2000) not null,
    reasons      text          not null,
    constraint fk_result_snapshot_row_snapshot foreign key (snapshot_id) references result_snapshot (id),
    constraint fk_result_snapshot_row_member foreign key (member_id) references member (id),
    constraint uk_result_snapshot_row unique (snapshot_id, member_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table result_snapshot_row;

--changeset jifen:2026-11-29-publication-objection
-- 异议: a member objects to an entry or to their result while the window is open; the branch answers by the due day.
create table publication_objection (
    id           bigint        not null auto_increment primary key,
    tenant_id    bigint        not null,
    snapshot_id  bigint        not null,
    org_path     varchar(500)  not null,
    member_id    bigint        not null,
    entry_id     bigint,
    reason       varchar(1000) not null,
    state        varchar(20)   not null,
    raised_by    varchar(100)  not null,
    raised_at    datetime(6)   not null,
    answer_due   date          not null,
    answer       varchar(1000),
    answered_by  varchar(100),
    answered_at  datetime(6),
    constraint fk_publication_objection_snapshot foreign key (snapshot_id) references result_snapshot (id),
    constraint fk_publication_objection_member foreign key (member_id) references member (id),
    constraint fk_publication_objection_entry foreign key (entry_id) references ledger_entry (id),
    constraint ck_publication_objection_state check (state in ('OPEN', 'UPHELD', 'DISMISSED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_publication_objection_scope on publication_objection (org_path, state, answer_due);
create index ix_publication_objection_snapshot on publication_objection (snapshot_id);
-- evidence files of an objection: bytes in the EvidenceStore under storage_key, the same limits as the ledger's
create table publication_objection_file (
    id            bigint        not null auto_increment primary key,
    objection_id  bigint        not null,
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    int           not null,
    storage_key   varchar(100)  not null,
    constraint fk_publication_objection_file foreign key (objection_id) references publication_objection (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table publication_objection_file; drop table publication_objection;

--changeset jifen:2026-11-29-publication-audit
create table publication_audit (
    id            bigint        not null auto_increment primary key,
    tenant_id     bigint        not null,
    snapshot_id   bigint        not null,
    objection_id  bigint,
    action        varchar(30)   not null,
    detail        varchar(1000),
    acted_by      varchar(100)  not null,
    acted_at      datetime(6)   not null,
    constraint fk_publication_audit_snapshot foreign key (snapshot_id) references result_snapshot (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_publication_audit_snapshot on publication_audit (snapshot_id, acted_at);
--rollback drop table publication_audit;
