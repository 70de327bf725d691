--liquibase formatted sql

--changeset jifen:2026-11-27-tenant-member-tenant-id
-- A login name belongs to at most one member of a tenant (top-level organization), not of the whole installation:
-- a global uniqueness check told every tenant which login names exist elsewhere, and a lookup by name alone let
-- another tenant's member pass for the signed-in user. tenant_id is the root of the member's unit, kept by the
-- triggers below whatever writes the row; the unique key leads with the name so that lookups by name use it.
alter table member add column tenant_id bigint not null default 0;
update member m join organization o on o.id = m.organization_id
    set m.tenant_id = cast(substring_index(substring_index(o.path, '/', 2), '/', -1) as unsigned);
alter table member drop index uk_member_sso_username;
alter table member add constraint uk_member_sso_username_tenant unique (sso_username, tenant_id);
alter table member add constraint fk_member_tenant foreign key (tenant_id) references organization (id);
--rollback alter table member drop foreign key fk_member_tenant;
--rollback alter table member drop index uk_member_sso_username_tenant;
--rollback alter table member add constraint uk_member_sso_username unique (sso_username);
--rollback alter table member drop column tenant_id;

--changeset jifen:2026-11-27-tenant-member-tenant-id-insert splitStatements:false
create trigger member_tenant_on_insert before insert on member for each row
begin
    set new.tenant_id = (select cast(substring_index(substring_index(o.path, '/', 2), '/', -1) as unsigned)
                         from organization o where o.id = new.organization_id);
end
--rollback drop trigger member_tenant_on_insert;

--changeset jifen:2026-11-27-tenant-member-tenant-id-update splitStatements:false
-- Recomputed on every update, so that no statement can set a tenant other than the one of the member's unit.
create trigger member_tenant_on_update before update on member for each row
begin
    set new.tenant_id = (select cast(substring_index(substring_index(o.path, '/', 2), '/', -1) as unsigned)
                         from organization o where o.id = new.organization_id);
end
--rollback drop trigger member_tenant_on_update;
