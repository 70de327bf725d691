--liquibase formatted sql

--changeset jifen:2026-11-29-follow-up-task
-- A consequence rule's follow-up for one member and one graded period (帮扶谈话, 限期改正, 诫勉谈话, 组织处理,
-- 延长预备期). Generation is idempotent through the unique key: running it again for the same period adds nothing.
-- The reason is the engine's explanation rendered in both bundle languages when the task is created, so the list
-- shows why without evaluating again. overdue_at is set by the overdue sweep (one replica, ShedLock) and stays
-- set across restarts; "overdue" in queries is still computed from the clock, the mark records when it was seen.
create table follow_up_task (
    id              bigint        not null auto_increment primary key,
    tenant_id       bigint        not null,
    member_id       bigint        not null,
    member_path     varchar(500)  not null,
    rank_unit_id    bigint        not null,
    rule_id         varchar(100)  not null,
    rule_name       varchar(300),
    level           varchar(10)   not null,
    period_start    date          not null,
    period_end      date          not null,
    action          varchar(60)   not null,
    performer       varchar(60),
    assignee_org_id bigint        not null,
    assignee_path   varchar(500)  not null,
    reason_zh       varchar(1000) not null,
    reason_en       varchar(1000) not null,
    issued_on       date          not null,
    due_on          date,
    state           varchar(10)   not null,
    overdue_at      datetime(6),
    completed_on    date,
    completion_notes varchar(1000),
    completed_by    varchar(100),
    completed_at    datetime(6),
    created_by      varchar(100)  not null,
    created_at      datetime(6)   not null,
    version         int           not null default 0,
    constraint uq_follow_up_task unique (tenant_id, member_id, rule_id, period_start, period_end),
    constraint fk_follow_up_task_member foreign key (member_id) references member (id),
    constraint fk_follow_up_task_assignee foreign key (assignee_org_id) references organization (id),
    constraint ck_follow_up_task_state check (state in ('OPEN', 'DONE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_follow_up_task_assignee on follow_up_task (assignee_path, state, due_on);
create index ix_follow_up_task_member on follow_up_task (member_path, state, due_on);
create index ix_follow_up_task_due on follow_up_task (state, due_on, overdue_at);
--rollback drop table follow_up_task;

--changeset jifen:2026-11-29-honour-quota
-- 优秀党员 (or any eligibility rule's) quota per unit and evaluation year (S4: 名额由党委分配), set by an admin.
create table honour_quota (
    id              bigint        not null auto_increment primary key,
    organization_id bigint        not null,
    year            int           not null,
    rule_id         varchar(100)  not null,
    quota           int           not null,
    updated_by      varchar(100)  not null,
    updated_at      datetime(6)   not null,
    constraint uq_honour_quota unique (organization_id, year, rule_id),
    constraint fk_honour_quota_organization foreign key (organization_id) references organization (id),
    constraint ck_honour_quota_quota check (quota >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table honour_quota;
