--liquibase formatted sql

--changeset jifen:2026-12-02-ledger-month-sum
-- The ledger's monthly sums (the balances beside the journal): per member × item × option × month, what its
-- confirmed entries add up to, a reversal counted negatively in its entry's group, as ix_ledger_entry_sums' signed
-- columns do. Kept by the triggers below in the transaction of every entry that becomes confirmed, so they can never
-- disagree with the entries. A recompute over whole months reads these instead of summing every entry again: a
-- quarter's fifty entries of a member are a handful of rows here (score/recompute/LedgerFacts,
-- docs/performance.md round 9). Confirmed entries are final (never updated nor deleted), so a group only ever gains
-- entries and its smallest and largest value and id stay exact.
-- option_code is '' for an entry without option (a key column cannot be null; option codes are never empty).
create table ledger_month_sum (
    member_id       bigint      not null,
    item_id         varchar(60) character set utf8mb4 collate utf8mb4_bin not null,
    option_code     varchar(40) character set utf8mb4 collate utf8mb4_bin not null,
    entry_month     int         not null,
    entries         int         not null, -- entries minus reversals
    occurrences     int         not null, -- their counts, reversals' subtracted
    points_cents    bigint      not null, -- value × count in cents, reversals' subtracted
    min_value_cents int         not null, -- -10000000 (GroupSums.NO_VALUE_CENTS) when an entry has no value
    max_value_cents int,                  -- null while no entry has a value
    min_id          bigint      not null,
    max_id          bigint      not null,
    primary key (member_id, item_id, option_code, entry_month),
    constraint fk_ledger_month_sum_member foreign key (member_id) references member (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
--rollback drop table ledger_month_sum;

--changeset jifen:2026-12-02-ledger-month-sum-insert splitStatements:false
-- The entry's signed figures are ix_ledger_entry_sums' generated columns, as in the fill below. The statement is
-- repeated in the update trigger: a routine both could call costs twice the time per entry (45 µs against 20 µs).
create trigger ledger_entry_month_sum_insert after insert on ledger_entry for each row
begin
    if new.status = 'CONFIRMED' then
        insert into ledger_month_sum (member_id, item_id, option_code, entry_month, entries, occurrences,
                points_cents, min_value_cents, max_value_cents, min_id, max_id)
            values (new.member_id, new.item_id, coalesce(new.option_code, ''), new.entry_month, sign(new.occurrences),
                new.occurrences, coalesce(new.points_cents, 0), coalesce(new.value_cents, -10000000), new.value_cents,
                new.id, new.id)
            on duplicate key update entries = entries + value(entries), occurrences = occurrences + value(occurrences),
                points_cents = points_cents + value(points_cents),
                min_value_cents = least(min_value_cents, value(min_value_cents)),
                max_value_cents = coalesce(greatest(max_value_cents, value(max_value_cents)), max_value_cents,
                    value(max_value_cents)),
                min_id = least(min_id, new.id), max_id = greatest(max_id, new.id);
    end if;
end
--rollback drop trigger ledger_entry_month_sum_insert;

--changeset jifen:2026-12-02-ledger-month-sum-update splitStatements:false
-- a pending entry confirmed by its last review step (decided entries cannot change: ledger_entry_final_no_update)
create trigger ledger_entry_month_sum_update after update on ledger_entry for each row
begin
    if new.status = 'CONFIRMED' and old.status <> 'CONFIRMED' then
        insert into ledger_month_sum (member_id, item_id, option_code, entry_month, entries, occurrences,
                points_cents, min_value_cents, max_value_cents, min_id, max_id)
            values (new.member_id, new.item_id, coalesce(new.option_code, ''), new.entry_month, sign(new.occurrences),
                new.occurrences, coalesce(new.points_cents, 0), coalesce(new.value_cents, -10000000), new.value_cents,
                new.id, new.id)
            on duplicate key update entries = entries + value(entries), occurrences = occurrences + value(occurrences),
                points_cents = points_cents + value(points_cents),
                min_value_cents = least(min_value_cents, value(min_value_cents)),
                max_value_cents = coalesce(greatest(max_value_cents, value(max_value_cents)), max_value_cents,
                    value(max_value_cents)),
                min_id = least(min_id, new.id), max_id = greatest(max_id, new.id);
    end if;
end
--rollback drop trigger ledger_entry_month_sum_update;

--changeset jifen:2026-12-02-ledger-month-sum-fill
-- The entries confirmed before the triggers existed. After them, so that nothing confirmed meanwhile is missed: the
-- select reads the committed entries with shared locks, and replace sets each group to its whole sum.
replace into ledger_month_sum (member_id, item_id, option_code, entry_month, entries, occurrences, points_cents,
        min_value_cents, max_value_cents, min_id, max_id)
    select member_id, item_id, coalesce(option_code, ''), entry_month, sum(sign(occurrences)), sum(occurrences),
        coalesce(sum(points_cents), 0), min(coalesce(value_cents, -10000000)), max(value_cents), min(id), max(id)
    from ledger_entry where status = 'CONFIRMED'
    group by member_id, item_id, coalesce(option_code, ''), entry_month;
--rollback delete from ledger_month_sum;
