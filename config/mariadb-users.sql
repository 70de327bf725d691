-- Database and users of the Jifen console on MariaDB 10.11+ (run once as an administrator, e.g. root).
-- Why two users, and how the Helm chart uses them: config/database.md.
-- Replace both passwords; narrow the host pattern '%' to the cluster's pod network if you can.
-- MigrateOnlyTest runs this very file against the embedded MariaDB and checks what each user may do.

create database if not exists `jifen` character set utf8mb4 collate utf8mb4_unicode_ci;

-- MIGRATION user: runs Liquibase once per release (the chart's pre-install/pre-upgrade Job, or
-- `java -jar jifen-console.jar --jifen.migrate-only=true`). It owns the schema: tables, indexes and the triggers that
-- keep published scheme versions immutable, so it needs every right on the schema, TRIGGER included.
-- The triggers run with this user's rights (DEFINER): never drop it.
create user if not exists 'jifen_migration'@'%' identified by 'CHANGE-ME-migration';
grant all privileges on `jifen`.* to 'jifen_migration'@'%';

-- APPLICATION user: the console's pods. Rows only; no CREATE, ALTER, DROP, INDEX or TRIGGER: the running console
-- (or whoever takes over its connection) can neither change the schema nor drop the immutability triggers.
create user if not exists 'jifen_app'@'%' identified by 'CHANGE-ME-app';
grant select, insert, update, delete on `jifen`.* to 'jifen_app'@'%';
