package io.jifen.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How much one occurrence of an item is worth (a magnitude; the category gives the sign). Plain data, no lambdas,
 * so the designer can edit it in a form.
 */
public sealed interface ValueRule {

    /** Largest value one occurrence can have; used for nominal budgets in inheritance checks. */
    BigDecimal maxPerOccurrence();

    /** Always the same value per occurrence (S6 items, S9 基础项). */
    record Fixed(BigDecimal points) implements ValueRule {
        public Fixed {
            points = Points.scale(Objects.requireNonNull(points, "points"));
        }

        @Override
        public BigDecimal maxPerOccurrence() {
            return points;
        }
    }

    /** Value chosen by option / level (S4 奉献分 by level; S10 奖励 journal 2 / external 5 / group 5 / division 4 / company 3). */
    record ByOption(List<ValueOption> options) implements ValueRule {
        public ByOption {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("ByOption needs at least one option");
            }
        }

        public Optional<ValueOption> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }

        @Override
        public BigDecimal maxPerOccurrence() {
            return options.stream().map(ValueOption::max).max(BigDecimal::compareTo).orElseThrow();
        }
    }

    /** The reviewer enters a value within [min, max] (S9 否决 "视情况否决1－10分"). */
    record ReviewerRange(BigDecimal min, BigDecimal max) implements ValueRule {
        public ReviewerRange {
            min = Points.scale(min);
            max = Points.scale(max);
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException("range min > max");
            }
        }

        @Override
        public BigDecimal maxPerOccurrence() {
            return max;
        }
    }

    static ValueRule fixed(String points) {
        return new Fixed(Points.of(points));
    }

    static ValueRule range(String min, String max) {
        return new ReviewerRange(Points.of(min), Points.of(max));
    }

    static ValueRule options(ValueOption... options) {
        return new ByOption(List.of(options));
    }
}
