--liquibase formatted sql

--changeset jifen:2026-11-28-ledger-entry
-- The points ledger (积分台账): one row per recorded occurrence. Ids come from a pooled sequence so that Hibernate
-- batches inserts (IDENTITY ids switch JDBC batching off): a bulk activity or an import is a few round trips.
create sequence ledger_entry_seq start with 1 increment by 50;
create table ledger_entry (
    id                bigint        not null primary key,
    version           bigint        not null default 0,
    organization_id   bigint        not null,
    org_path          varchar(500)  not null,
    member_id         bigint        not null,
    scheme_version_id bigint        not null,
    item_id           varchar(60)   not null,
    option_code       varchar(40),
    value             decimal(9, 2),
    count             int           not null,
    entry_date        date          not null,
    basis             varchar(500),
    source            varchar(20)   not null,
    status            varchar(20)   not null,
    current_step      varchar(60),
    reverses_id       bigint,
    reason            varchar(500),
    batch_key         varchar(60),
    idempotency_key   varchar(100),
    recorded_by       varchar(100)  not null,
    recorded_at       datetime(6)   not null,
    decided_at        datetime(6),
    constraint fk_ledger_entry_member foreign key (member_id) references member (id),
    constraint fk_ledger_entry_organization foreign key (organization_id) references organization (id),
    constraint fk_ledger_entry_scheme_version foreign key (scheme_version_id) references scheme_version (id),
    constraint fk_ledger_entry_reverses foreign key (reverses_id) references ledger_entry (id),
    constraint uk_ledger_entry_reversal unique (reverses_id),
    constraint uk_ledger_entry_idempotency unique (organization_id, idempotency_key),
    constraint ck_ledger_entry_count check (count >= 1),
    constraint ck_ledger_entry_status check (status in ('PENDING', 'CONFIRMED', 'REJECTED', 'WITHDRAWN')),
    constraint ck_ledger_entry_source check (source in ('SELF_CLAIM', 'GROUP_LEADER', 'SECRETARY', 'BULK', 'IMPORT', 'API'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
-- the ledger grid: scope by path, then status and date order
create index ix_ledger_entry_scope on ledger_entry (org_path, entry_date, id);
create index ix_ledger_entry_member on ledger_entry (member_id, entry_date);
create index ix_ledger_entry_pending on ledger_entry (status, current_step, org_path);
--rollback drop table ledger_entry; drop sequence ledger_entry_seq;

--changeset jifen:2026-11-28-ledger-confirmed-is-final-update splitStatements:false
-- A confirmed or rejected entry is final: a correction is a reversal entry pointing at it. The database refuses any
-- other code path too (only the optimistic-lock version may not even move).
create trigger ledger_entry_final_no_update before update on ledger_entry for each row
begin
    if old.status in ('CONFIRMED', 'REJECTED', 'WITHDRAWN') then
        signal sqlstate '45000' set message_text = 'decided ledger entries are immutable';
    end if;
end
--rollback drop trigger ledger_entry_final_no_update;

--changeset jifen:2026-11-28-ledger-confirmed-is-final-delete splitStatements:false
create trigger ledger_entry_final_no_delete before delete on ledger_entry for each row
begin
    if old.status = 'CONFIRMED' then
        signal sqlstate '45000' set message_text = 'confirmed ledger entries are never deleted';
    end if;
end
--rollback drop trigger ledger_entry_final_no_delete;

--changeset jifen:2026-11-28-ledger-review
-- The review trail: one decision per entry and step. The unique key makes two reviewers deciding the same step at
-- once end with exactly one decision.
create table ledger_review (
    id         bigint        not null auto_increment primary key,
    entry_id   bigint        not null,
    step_id    varchar(60)   not null,
    decision   varchar(20)   not null,
    reason     varchar(500),
    decided_by varchar(100)  not null,
    decided_at datetime(6)   not null,
    constraint uk_ledger_review_step unique (entry_id, step_id),
    constraint fk_ledger_review_entry foreign key (entry_id) references ledger_entry (id),
    constraint ck_ledger_review_decision check (decision in ('APPROVED', 'REJECTED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table ledger_review;

--changeset jifen:2026-11-28-ledger-evidence
create table ledger_evidence (
    id           bigint        not null auto_increment primary key,
    entry_id     bigint        not null,
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size         bigint        not null,
    storage_key  varchar(200)  not null,
    uploaded_by  varchar(100)  not null,
    uploaded_at  datetime(6)   not null,
    constraint fk_ledger_evidence_entry foreign key (entry_id) references ledger_entry (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_ledger_evidence_entry on ledger_evidence (entry_id);
-- the database store of evidence files (the default EvidenceStore); a folder store keeps only the key
create table ledger_evidence_content (
    storage_key varchar(200) not null primary key,
    content     longblob     not null
) engine = InnoDB;
--rollback drop table ledger_evidence_content; drop table ledger_evidence;

--changeset jifen:2026-11-28-ledger-period
-- Closed periods per unit: a period is closed for a unit when it or a unit above closed it. Reopening deletes the
-- row; both are kept in the audit table with who and why.
create table ledger_period_closure (
    id              bigint       not null auto_increment primary key,
    organization_id bigint       not null,
    org_path        varchar(500) not null,
    period_start    date         not null,
    period_end      date         not null,
    closed_by       varchar(100) not null,
    closed_at       datetime(6)  not null,
    constraint uk_ledger_period_closure unique (organization_id, period_start),
    constraint fk_ledger_period_closure_organization foreign key (organization_id) references organization (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create table ledger_period_audit (
    id              bigint       not null auto_increment primary key,
    organization_id bigint       not null,
    period_start    date         not null,
    period_end      date         not null,
    action          varchar(20)  not null,
    reason          varchar(500),
    acted_by        varchar(100) not null,
    acted_at        datetime(6)  not null,
    constraint fk_ledger_period_audit_organization foreign key (organization_id) references organization (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table ledger_period_audit; drop table ledger_period_closure;

--changeset jifen:2026-11-28-unit-role
-- Roles on the roster (not console roles): 党小组长 of a group, 部门负责人 or a panel seat for a unit. They decide who
-- may supplement entries for a group and who performs a review step of the scheme's workflow.
create table unit_role (
    id              bigint      not null auto_increment primary key,
    organization_id bigint      not null,
    member_id       bigint      not null,
    role            varchar(40) not null,
    created_by      varchar(100),
    created_at      datetime(6),
    constraint uk_unit_role unique (organization_id, member_id, role),
    constraint fk_unit_role_organization foreign key (organization_id) references organization (id),
    constraint fk_unit_role_member foreign key (member_id) references member (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_unit_role_member on unit_role (member_id);
--rollback drop table unit_role;
