--liquibase formatted sql

--changeset jifen:2026-11-27-sso-logout
-- Keycloak sessions that ended (OIDC back-channel logout). Every replica checks a console session against this
-- table, so a logout reaches the session whichever pod holds it and survives a restart. Rows are kept one day:
-- longer than any Keycloak SSO session may live (ssoSessionMaxLifespan 10 h).
create table sso_logout (
    id            bigint       not null auto_increment primary key,
    sso_session   varchar(255),
    subject       varchar(255),
    logged_out_at datetime(6)  not null,
    constraint ck_sso_logout_names_one check (sso_session is not null or subject is not null)
) engine = InnoDB default charset = ascii collate = ascii_bin;
create index ix_sso_logout_session on sso_logout (sso_session);
create index ix_sso_logout_subject on sso_logout (subject, logged_out_at);
create index ix_sso_logout_at on sso_logout (logged_out_at);
--rollback drop table sso_logout;
