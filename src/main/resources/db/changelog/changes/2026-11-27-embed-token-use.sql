--liquibase formatted sql

--changeset jifen:2026-11-27-embed-token-use
-- Tokens a cross-site portal handed to the console's frame, by jti, until they expire: a second use is a replay
-- (docs/embedding-cross-site.md). Rows past expires_at are deleted at the next hand-over.
create table embed_token_use (
    jti        varchar(100) collate utf8mb4_bin not null primary key,
    expires_at datetime(6)  not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_embed_token_use_expires on embed_token_use (expires_at);
--rollback drop table embed_token_use;
