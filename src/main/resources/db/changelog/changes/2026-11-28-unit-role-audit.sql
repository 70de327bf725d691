--liquibase formatted sql

--changeset jifen:2026-11-28-unit-role-audit
-- Every assignment and removal of a roster role (组织角色), with who and when. A removal deletes the unit_role row,
-- so the trail copies member name and unit: no foreign keys, it outlives both.
create table unit_role_audit (
    id              bigint       not null auto_increment primary key,
    unit_role_id    bigint       not null,
    organization_id bigint       not null,
    member_id       bigint       not null,
    member_name     varchar(50)  not null,
    role            varchar(40)  not null,
    action          varchar(20)  not null,
    acted_by        varchar(100) not null,
    acted_at        datetime(6)  not null,
    constraint ck_unit_role_audit_action check (action in ('ASSIGN', 'REMOVE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_unit_role_audit_org on unit_role_audit (organization_id);
--rollback drop table unit_role_audit;
