--liquibase formatted sql

--changeset jifen:2026-11-23-01-organization
create table organization (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null default 0,
    created_at  datetime(6),
    created_by  varchar(100),
    modified_at datetime(6),
    modified_by varchar(100),
    code        varchar(40)  not null,
    name        varchar(100) not null,
    type        varchar(30)  not null,
    parent_id   bigint,
    path        varchar(500) not null,
    active      boolean      not null default true,
    sort_order  int          not null default 0,
    constraint uk_organization_code unique (code),
    constraint fk_organization_parent foreign key (parent_id) references organization (id),
    constraint ck_organization_type check (type in ('PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'GROUP'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_organization_path on organization (path);
--rollback drop table organization;

--changeset jifen:2026-11-23-01-member-class
create table member_class (
    id              bigint      not null auto_increment primary key,
    version         bigint      not null default 0,
    created_at      datetime(6),
    created_by      varchar(100),
    modified_at     datetime(6),
    modified_by     varchar(100),
    organization_id bigint      not null,
    code            varchar(40) not null,
    name            varchar(60) not null,
    sort_order      int         not null default 0,
    constraint uk_member_class_code unique (organization_id, code),
    constraint fk_member_class_organization foreign key (organization_id) references organization (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table member_class;

--changeset jifen:2026-11-23-01-member
create table member (
    id                bigint      not null auto_increment primary key,
    version           bigint      not null default 0,
    created_at        datetime(6),
    created_by        varchar(100),
    modified_at       datetime(6),
    modified_by       varchar(100),
    name              varchar(50) not null,
    gender            varchar(10) not null,
    birth_date        date,
    join_date         date,
    status            varchar(20) not null,
    mobile            boolean     not null default false,
    exempt            boolean     not null default false,
    exempt_reason     varchar(200),
    member_class_id   bigint,
    organization_id   bigint      not null,
    phone             varchar(20),
    sso_username      varchar(100),
    transfer_in_date  date,
    transfer_out_date date,
    constraint uk_member_sso_username unique (sso_username),
    constraint fk_member_class foreign key (member_class_id) references member_class (id),
    constraint fk_member_organization foreign key (organization_id) references organization (id),
    constraint ck_member_status check (status in ('FULL', 'PROBATIONARY', 'CANDIDATE', 'ACTIVIST')),
    constraint ck_member_gender check (gender in ('MALE', 'FEMALE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_member_organization on member (organization_id);
create index ix_member_name on member (name);
--rollback drop table member;
