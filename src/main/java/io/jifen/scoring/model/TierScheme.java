package io.jifen.scoring.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One tier scale; a scheme may have several in parallel (S9 stars and 民主评议 grades). Tiers are kept best-first.
 *
 * @param levels whether the scale grades each assessed period, the year, or both
 */
public record TierScheme(String id, String name, Set<Level> levels, List<Tier> tiers) {

    private static final Comparator<Tier> BEST_FIRST =
            Comparator.comparing(Tier::min, Comparator.nullsLast(Comparator.reverseOrder()));

    public TierScheme {
        Objects.requireNonNull(id, "id");
        levels = Set.copyOf(levels);
        tiers = tiers.stream().sorted(BEST_FIRST).toList();
        if (tiers.isEmpty() || tiers.getLast().min() != null
                || tiers.stream().filter(t -> t.min() == null).count() != 1) {
            throw new IllegalArgumentException("tier scheme " + id + " needs exactly one lowest tier (min = null)");
        }
    }

    public Tier lowest() {
        return tiers.getLast();
    }

    /** Position 0 is the best tier; a larger index is worse. */
    public int rankOf(String tierId) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).id().equals(tierId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("tier " + tierId + " not in tier scheme " + id);
    }

    public Tier tierFor(java.math.BigDecimal score) {
        return tiers.stream().filter(t -> t.min() == null || score.compareTo(t.min()) >= 0).findFirst().orElseThrow();
    }

    /** true if {@code tierId} is as good as {@code threshold} or better */
    public boolean atLeast(String tierId, String threshold) {
        return rankOf(tierId) <= rankOf(threshold);
    }
}
