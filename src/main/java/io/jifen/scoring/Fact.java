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
 * @param tier   rule 5: instead of points, the tier an assembly gives an exempt member directly (S6 卧床不起…
 *               经支部党员大会评议后直接确定档次); such a fact has no item. The engine uses it for that member's tier
 *               of the named tier scheme in the period (and year) of its date, if the member's class grades exempt
 *               members directly; null for every points entry
 */
public record Fact(String id, String memberId, String itemId, LocalDate date, String option, BigDecimal value,
        int count, FactStatus status, AssignedTier tier) {

    /** A points entry, as every fact before rule 5. */
    public Fact(String id, String memberId, String itemId, LocalDate date, String option, BigDecimal value,
            int count, FactStatus status) {
        this(id, memberId, itemId, date, option, value, count, status, null);
    }

    /** The tier an assembly gave directly: a tier of one tier scheme. */
    public record AssignedTier(String tierSchemeId, String tierId) {
        public AssignedTier {
            Objects.requireNonNull(tierSchemeId, "tierSchemeId");
            Objects.requireNonNull(tierId, "tierId");
        }
    }

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        if (tier == null) {
            Objects.requireNonNull(itemId, "itemId");
        } else if (itemId != null || option != null || value != null) {
            throw new IllegalArgumentException("fact " + id + ": a tier given directly has no item, option or value");
        }
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

    /** Rule 5: the tier {@code tierId} of {@code tierSchemeId} given directly on {@code date}. */
    public static Fact assignedTier(String id, String memberId, LocalDate date, String tierSchemeId, String tierId) {
        return new Fact(id, memberId, null, date, null, null, 1, FactStatus.CONFIRMED,
                new AssignedTier(tierSchemeId, tierId));
    }

    public boolean isAssignedTier() {
        return tier != null;
    }

    public Fact times(int n) {
        return new Fact(id, memberId, itemId, date, option, value, n, status, tier);
    }

    public Fact withStatus(FactStatus s) {
        return new Fact(id, memberId, itemId, date, option, value, count, s, tier);
    }
}
