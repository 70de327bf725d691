--liquibase formatted sql

--changeset jifen:2026-11-28-score-result
-- Stored results, so that scoreboards page from the database: one row per member and assessed period ('PERIOD'),
-- interim ('INTERIM') or evaluation year ('YEAR'). Written by the incremental update and the background recompute
-- in batches (natural key, no identity), replaced as a whole per member and range.
create table score_result (
    member_id          bigint        not null,
    level              varchar(10)   not null,
    period_start       date          not null,
    period_end         date          not null,
    organization_id    bigint        not null,
    org_path           varchar(500)  not null,
    rank_unit_id       bigint        not null,
    scheme_version_id  bigint        not null,
    base               decimal(11, 2),
    points             decimal(11, 2),
    total              decimal(11, 2) not null,
    raw_total          decimal(11, 2) not null,
    reward             decimal(11, 2) not null,
    tier_id            varchar(60),
    tier_name          varchar(100),
    unit_rank          int,
    unit_size          int,
    org_rank           int,
    veto               boolean       not null,
    subtotals          varchar(4000),  -- JSON: category id → capped subtotal
    computed_at        datetime(6)   not null,
    primary key (member_id, level, period_start),
    constraint ck_score_result_level check (level in ('PERIOD', 'INTERIM', 'YEAR'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
-- the scoreboard: a subtree's members in one period by total
create index ix_score_result_board on score_result (level, period_start, org_path, total);
create index ix_score_result_unit on score_result (rank_unit_id, level, period_start);
--rollback drop table score_result;
