--liquibase formatted sql

--changeset jifen:2026-11-29-todo-outbox
-- Todo events for the OA portal's webhook (io.jifen.todo.push). One row per todo and event: the unique key makes a
-- todo's CREATED and DONE each stored, and so sent, once however many refreshes or replicas race. A sender claims a
-- due row by a conditional update of claimed_until (a lease longer than the HTTP timeouts); a failed attempt sets
-- next_attempt_at by exponential backoff, a given-up row keeps next_attempt_at null and its last error. Rows survive
-- restarts: the outbox is the push's whole state.
create table todo_outbox (
    id              bigint        not null auto_increment primary key,
    tenant_id       bigint        not null,
    todo_id         varchar(120)  not null,
    event           varchar(10)   not null,
    delivery_id     char(36)      not null,
    payload         text          not null,
    attempts        int           not null default 0,
    next_attempt_at datetime(6),
    claimed_until   datetime(6),
    delivered_at    datetime(6),
    last_error      varchar(1000),
    created_at      datetime(6)   not null,
    constraint uq_todo_outbox_event unique (todo_id, event),
    constraint uq_todo_outbox_delivery unique (delivery_id),
    constraint fk_todo_outbox_tenant foreign key (tenant_id) references organization (id),
    constraint ck_todo_outbox_event check (event in ('CREATED', 'DONE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_todo_outbox_due on todo_outbox (delivered_at, next_attempt_at);
create index ix_todo_outbox_tenant on todo_outbox (tenant_id, event);
--rollback drop table todo_outbox;
