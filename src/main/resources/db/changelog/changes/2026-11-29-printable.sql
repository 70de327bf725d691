--liquibase formatted sql

--changeset jifen:2026-11-29-printable
-- An organization's own workbook template for exports (占位符模板), one per unit, replaced on each upload. The
-- tenant and path are copied from the unit so that reads are scoped in the query.
create table print_template (
    id              bigint       not null auto_increment primary key,
    tenant_id       bigint       not null,
    organization_id bigint       not null,
    org_path        varchar(500) not null,
    file_name       varchar(200) not null,
    content         mediumblob   not null,
    size_bytes      int          not null,
    uploaded_by     varchar(100) not null,
    uploaded_at     datetime(6)  not null,
    constraint uq_print_template_org unique (organization_id),
    constraint fk_print_template_org foreign key (organization_id) references organization (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_print_template_tenant on print_template (tenant_id, organization_id);
--rollback drop table print_template;
