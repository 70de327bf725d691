--liquibase formatted sql

--changeset jifen:2026-11-23-03-scheme
create table scheme (
    id              bigint       not null auto_increment primary key,
    version         bigint       not null default 0,
    created_at      datetime(6),
    created_by      varchar(100),
    modified_at     datetime(6),
    modified_by     varchar(100),
    organization_id bigint       not null,
    code            varchar(40)  not null,
    name            varchar(200) not null,
    parent_id       bigint,
    constraint uk_scheme_code unique (organization_id, code),
    constraint fk_scheme_organization foreign key (organization_id) references organization (id),
    constraint fk_scheme_parent foreign key (parent_id) references scheme (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table scheme;

--changeset jifen:2026-11-23-03-scheme-version
create table scheme_version (
    id             bigint      not null auto_increment primary key,
    version        bigint      not null default 0,
    created_at     datetime(6),
    created_by     varchar(100),
    modified_at    datetime(6),
    modified_by    varchar(100),
    scheme_id      bigint      not null,
    number         int         not null,
    status         varchar(20) not null,
    effective_from date,
    document       longtext    not null,
    published_at   datetime(6),
    published_by   varchar(100),
    constraint uk_scheme_version_number unique (scheme_id, number),
    constraint fk_scheme_version_scheme foreign key (scheme_id) references scheme (id),
    constraint ck_scheme_version_status check (status in ('DRAFT', 'VALIDATED', 'PUBLISHED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table scheme_version;

--changeset jifen:2026-11-23-03-scheme-audit
-- Hibernate Envers: one revision per transaction that changed a scheme, with the user who made it.
create table scheme_revision (
    id        bigint not null auto_increment primary key,
    timestamp bigint not null,
    username  varchar(100)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create table scheme_aud (
    id              bigint   not null,
    rev             bigint   not null,
    revtype         tinyint,
    organization_id bigint,
    code            varchar(40),
    name            varchar(200),
    parent_id       bigint,
    primary key (id, rev),
    constraint fk_scheme_aud_revision foreign key (rev) references scheme_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create table scheme_version_aud (
    id             bigint not null,
    rev            bigint not null,
    revtype        tinyint,
    scheme_id      bigint,
    number         int,
    status         varchar(20),
    effective_from date,
    document       longtext,
    published_at   datetime(6),
    published_by   varchar(100),
    primary key (id, rev),
    constraint fk_scheme_version_aud_revision foreign key (rev) references scheme_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
--rollback drop table scheme_version_aud; drop table scheme_aud; drop table scheme_revision;

--changeset jifen:2026-11-23-03-published-is-immutable-update splitStatements:false
-- A published version never changes, whatever code path tries: the database refuses it too.
create trigger scheme_version_published_no_update before update on scheme_version for each row
begin
    if old.status = 'PUBLISHED' then
        signal sqlstate '45000' set message_text = 'published scheme versions are immutable';
    end if;
end
--rollback drop trigger scheme_version_published_no_update;

--changeset jifen:2026-11-23-03-published-is-immutable-delete splitStatements:false
create trigger scheme_version_published_no_delete before delete on scheme_version for each row
begin
    if old.status = 'PUBLISHED' then
        signal sqlstate '45000' set message_text = 'published scheme versions are immutable';
    end if;
end
--rollback drop trigger scheme_version_published_no_delete;
