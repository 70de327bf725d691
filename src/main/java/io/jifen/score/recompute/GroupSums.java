package io.jifen.score.recompute;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One member's confirmed entries of one item and option in one assessed period, as the ledger's monthly sums
 * ({@code ledger_month_sum}) add them up, reversed entries subtracted: entries, occurrences (the counts), the sum of
 * value × count in cents; and, over the entries and their reversals, the smallest value in cents
 * ({@link #NO_VALUE_CENTS} when an entry has none) and the largest, and the smallest and largest id. A reversal's
 * value is its entry's, so the range check below is never looser than per entry.
 */
final class GroupSums {

    /**
     * Stands for a missing value in the smallest value: below any range a scheme can have (NumberBound.POINTS); the
     * ledger_month_sum triggers write it.
     */
    static final int NO_VALUE_CENTS = -10_000_000;

    /** Member, assessed period, item and option. */
    record Key(long memberId, int bucket, String itemId, String option) {
    }

    private final Key key;
    private int rows;
    private int occurrences;
    private long cents;
    private long minCents;
    private Long maxCents; // null: no entry of the group has a value
    private LocalDate day; // the group's first month's first day in the range: any day of it is the same here
    private long firstId;
    private long lastId;

    GroupSums(Key key, int rows, int occurrences, long cents, long minCents, Long maxCents, LocalDate day,
            long firstId, long lastId) {
        this.key = key;
        this.rows = rows;
        this.occurrences = occurrences;
        this.cents = cents;
        this.minCents = minCents;
        this.maxCents = maxCents;
        this.day = day;
        this.firstId = firstId;
        this.lastId = lastId;
    }

    Key key() {
        return key;
    }

    /** Two months of one assessed period: one group. */
    GroupSums plus(GroupSums o) {
        rows += o.rows;
        occurrences += o.occurrences;
        cents += o.cents;
        minCents = Math.min(minCents, o.minCents);
        if (maxCents == null || o.maxCents != null && o.maxCents > maxCents) {
            maxCents = o.maxCents;
        }
        day = o.day.isBefore(day) ? o.day : day;
        firstId = Math.min(firstId, o.firstId);
        lastId = Math.max(lastId, o.lastId);
        return this;
    }

    /** Every entry of the group reversed. */
    boolean isEmpty() {
        return rows == 0;
    }

    /**
     * The group as the engine's facts, or none when it must be read entry by entry (a value missing or outside the
     * range: the engine ignores such an entry on its own). For a value in a range, the sum {@code S} of {@code n}
     * occurrences becomes {@code n − r} occurrences of ⌊S/n⌋ and {@code r} of ⌊S/n⌋ + 0.01, with {@code r} the
     * remainder in cents: the same occurrences and the same sum, and both values lie between the group's smallest
     * and largest value, so inside the range. An item read this way has no count cap over values that vary, so its
     * caps see only occurrences and sums, and they see the same figures as with every entry.
     */
    List<Fact> facts(Item item) {
        if (item == null) {
            return List.of(fact(firstId, null, occurrences)); // an item the scheme does not know: ignored whole
        }
        return switch (item.value()) {
            case ValueRule.Fixed f -> List.of(fact(firstId, null, occurrences));
            case ValueRule.ReviewerRange r -> split(r.min(), r.max());
            case ValueRule.ByOption o -> {
                ValueOption opt = key.option() == null ? null : o.option(key.option()).orElse(null);
                yield opt == null || opt.isFixed() ? List.of(fact(firstId, null, occurrences))
                        : split(opt.min(), opt.max());
            }
        };
    }

    private List<Fact> split(BigDecimal lo, BigDecimal hi) {
        if (minCents < cents(lo) || maxCents == null || maxCents > cents(hi)) { // NO_VALUE_CENTS included
            return List.of();
        }
        long each = Math.floorDiv(cents, occurrences);
        int more = (int) (cents - each * occurrences);
        Fact base = fact(firstId, Points.ofCents(each), occurrences - more);
        return more == 0 ? List.of(base) : List.of(base, fact(lastId, Points.ofCents(each + 1), more));
    }

    private static long cents(BigDecimal points) {
        return Points.scale(points).unscaledValue().longValueExact();
    }

    private Fact fact(long id, BigDecimal value, int count) {
        return new Fact(String.valueOf(id), String.valueOf(key.memberId()), key.itemId(), day, key.option(),
                value, count, FactStatus.CONFIRMED);
    }
}
