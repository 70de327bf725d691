--liquibase formatted sql

--changeset jifen:2026-11-27-ui-member-archive
-- Members leave the roster by archive (kept, with who/when/why), never by a silent delete.
alter table member add column archived_at datetime(6) null;
alter table member add column archived_by varchar(100) null;
alter table member add column archive_reason varchar(200) null;
create index ix_member_archived on member (archived_at);
--rollback drop index ix_member_archived on member; alter table member drop column archive_reason, drop column archived_by, drop column archived_at;

--changeset jifen:2026-11-27-ui-member-audit
-- Every archive, restore and mistake-delete of a member, with the acting user and the reason. No foreign key to
-- member: the record of a deleted member must outlive it.
create table member_audit (
    id              bigint       not null auto_increment primary key,
    member_id       bigint       not null,
    organization_id bigint       not null,
    member_name     varchar(50)  not null,
    action          varchar(20)  not null,
    reason          varchar(200),
    acted_by        varchar(100) not null,
    acted_at        datetime(6)  not null,
    constraint ck_member_audit_action check (action in ('ARCHIVE', 'RESTORE', 'DELETE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_member_audit_member on member_audit (member_id);
--rollback drop table member_audit;
