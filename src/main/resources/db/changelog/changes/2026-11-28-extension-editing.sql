--liquibase formatted sql

--changeset jifen:2026-11-28-extension-editing
-- A parent scheme may let the secretaries of its branches edit their own branch's extension (issue 8 point 7).
-- A permission, not a scoring rule: it lives on the scheme, takes effect at once and needs no new published
-- version (which would tell every branch that its parent changed).
alter table scheme add column branch_editing boolean not null default false;
alter table scheme_aud add column branch_editing boolean;
--rollback alter table scheme_aud drop column branch_editing; alter table scheme drop column branch_editing;

--changeset jifen:2026-11-28-extension-checked-against
-- The parent's published version an extension's version was last validated or published against: when the parent
-- publishes a newer one (later effective date), the schemes page tells the branch to check its extension.
alter table scheme_version add column checked_against_id bigint;
alter table scheme_version add constraint fk_scheme_version_checked_against
    foreign key (checked_against_id) references scheme_version (id);
--rollback alter table scheme_version drop foreign key fk_scheme_version_checked_against; alter table scheme_version drop column checked_against_id;
