package io.jifen.scoring;

import io.jifen.scoring.model.Points;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One ledger entry as the engine sees it: member, item, date and what was recorded.
 *
 * @param option the option / level code for {@code ByOption} items (S10 奖励 "EXTERNAL")
 * @param value  the reviewer-entered value for range items or range options (S10 评议 23); null otherwise
 * @param count  occurrences recorded by this entry (one meeting = 1; "attended 3 sessions" = 3), ≥ 1
 */
public record Fact(String id, String memberId, String itemId, LocalDate date, String option, BigDecimal value,
        int count, FactStatus status) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(date, "date");
        value = Points.scaleOrNull(value);
        status = status == null ? FactStatus.CONFIRMED : status;
        if (count < 1) {
            throw new IllegalArgumentException("fact " + id + ": count must be ≥ 1");
        }
    }

    /** A confirmed single occurrence of a fixed-value item. */
    public static Fact of(String id, String memberId, String itemId, LocalDate date) {
        return new Fact(id, memberId, itemId, date, null, null, 1, FactStatus.CONFIRMED);
    }

    public static Fact option(String id, String memberId, String itemId, LocalDate date, String option) {
        return new Fact(id, memberId, itemId, date, option, null, 1, FactStatus.CONFIRMED);
    }

    public static Fact value(String id, String memberId, String itemId, LocalDate date, String option, String value) {
        return new Fact(id, memberId, itemId, date, option, Points.of(value), 1, FactStatus.CONFIRMED);
    }

    public Fact times(int n) {
        return new Fact(id, memberId, itemId, date, option, value, n, status);
    }

    public Fact withStatus(FactStatus s) {
        return new Fact(id, memberId, itemId, date, option, value, count, s);
    }
}
