--liquibase formatted sql

--changeset jifen:2026-11-29-exchange
-- 积分兑换 (S2). A gift serves the members of its unit's subtree (org_path prefix); stock is only ever changed by a
-- conditional update (stock - 1 where stock > 0), and the check keeps it from going negative even so.
create table exchange_gift (
    id              bigint        not null auto_increment primary key,
    version         bigint        not null default 0,
    organization_id bigint        not null,
    org_path        varchar(500)  not null,
    name            varchar(100)  not null,
    points          decimal(9, 2) not null,
    stock           int           not null,
    active_from     date          not null,
    active_to       date          not null,
    enabled         boolean       not null,
    created_by      varchar(100)  not null,
    created_at      datetime(6)   not null,
    modified_by     varchar(100),
    modified_at     datetime(6),
    constraint fk_exchange_gift_organization foreign key (organization_id) references organization (id),
    constraint ck_exchange_gift_stock check (stock >= 0),
    constraint ck_exchange_gift_points check (points > 0),
    constraint ck_exchange_gift_window check (active_to >= active_from)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_exchange_gift_path on exchange_gift (org_path, active_from);

-- Every creation and change of a gift, with what it was made into.
create table exchange_gift_audit (
    id        bigint        not null auto_increment primary key,
    gift_id   bigint        not null,
    org_path  varchar(500)  not null,
    action    varchar(10)   not null,
    details   varchar(1000) not null,
    acted_by  varchar(100)  not null,
    acted_at  datetime(6)   not null,
    constraint fk_exchange_gift_audit_gift foreign key (gift_id) references exchange_gift (id),
    constraint ck_exchange_gift_audit_action check (action in ('CREATE', 'UPDATE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_exchange_gift_audit_gift on exchange_gift_audit (gift_id, acted_at);

-- Which top-level categories of a scheme version feed the exchange balance (comma-separated category ids). No row:
-- the version's BONUS categories, the default suggestion.
create table exchange_category_choice (
    scheme_version_id bigint        not null primary key,
    category_ids      varchar(2000) not null,
    chosen_by         varchar(100)  not null,
    chosen_at         datetime(6)   not null,
    constraint fk_exchange_category_choice_version foreign key (scheme_version_id) references scheme_version (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One row per member and evaluation year: locked for update by every redemption and cancellation of that member, so
-- a balance is never spent twice; spent always equals the sum of the year's redemption rows.
create table exchange_account (
    member_id  bigint        not null,
    year_start date          not null,
    spent      decimal(11, 2) not null default 0,
    primary key (member_id, year_start),
    constraint fk_exchange_account_member foreign key (member_id) references member (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Append-only: a redemption (REDEEM) is closed by one later row (FULFIL or CANCEL) naming it in closes_id; the unique
-- key lets a redemption be closed once only. points is what the row moves on the balance: +points spent by REDEEM,
-- -points returned by CANCEL, 0 for FULFIL.
create table exchange_redemption (
    id           bigint        not null auto_increment primary key,
    kind         varchar(10)   not null,
    closes_id    bigint,
    member_id    bigint        not null,
    org_path     varchar(500)  not null,
    gift_id      bigint        not null,
    points       decimal(9, 2) not null,
    year_start   date          not null,
    period_start date          not null,
    period_end   date          not null,
    note         varchar(200),
    acted_by     varchar(100)  not null,
    acted_at     datetime(6)   not null,
    constraint uk_exchange_redemption_closes unique (closes_id),
    constraint fk_exchange_redemption_closes foreign key (closes_id) references exchange_redemption (id),
    constraint fk_exchange_redemption_member foreign key (member_id) references member (id),
    constraint fk_exchange_redemption_gift foreign key (gift_id) references exchange_gift (id),
    constraint ck_exchange_redemption_kind check (kind in ('REDEEM', 'FULFIL', 'CANCEL'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_exchange_redemption_member on exchange_redemption (member_id, acted_at);
create index ix_exchange_redemption_path on exchange_redemption (org_path, kind, acted_at);
--rollback drop table exchange_redemption; drop table exchange_account; drop table exchange_category_choice; drop table exchange_gift_audit; drop table exchange_gift;
