package io.jifen.scheme.diff;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.WindowCap;
import io.jifen.scoring.result.Phrase;
import io.jifen.shared.Messages;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Values of a scheme as operands a reader understands, still in no language: nested phrases ("at most 12 points a period"),
 * plain numbers, names. Rendered at the edge by {@code ExplanationMessages}, like the engine's explanations.
 */
final class Words {

    static final String PREFIX = "scheme.diff.";
    private static final Messages MESSAGES = new Messages();

    private Words() {
    }

    static Phrase phrase(String key, Object... operands) {
        return new Phrase(PREFIX + key, Arrays.asList(operands));
    }

    /** A field's label ({@code scheme.diff.field.<name>}). */
    static Phrase field(String name) {
        return phrase("field." + name);
    }

    /** What a user calls a node: its name, or its id when it has none. */
    static String label(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    /**
     * Who performs a review step or a follow-up: a code of the document (BRANCH_COMMITTEE, GENERAL_ASSEMBLY…) in
     * words when the bundles know it ({@code scheme.diff.role.<CODE>}), else the code as the scheme wrote it.
     */
    static Object role(String code) {
        if (code == null) {
            return phrase("value.none");
        }
        String key = PREFIX + "role." + code;
        return MESSAGES.getTranslation(key, Messages.CHINESE).startsWith("!") ? code : phrase("role." + code);
    }

    static Object yesNo(Boolean b) {
        return phrase(Boolean.TRUE.equals(b) ? "value.yes" : "value.no");
    }

    static Object orNone(Object value) {
        return value == null ? phrase("value.none") : value;
    }

    /** A set of enum constants in declaration order (the model's sets have none). */
    static <E extends Enum<E>> List<E> sorted(java.util.Set<E> set) {
        return set.stream().sorted().toList();
    }

    /** A set or list; empty means "all" (classes, statuses an item or rule applies to). */
    static Object allIfEmpty(Collection<?> values) {
        return values.isEmpty() ? phrase("value.all") : List.copyOf(values);
    }

    static Object noneIfEmpty(Collection<?> values) {
        return values.isEmpty() ? phrase("value.none") : List.copyOf(values);
    }

    /** Phrases joined into one with the bundle's conjunction; an empty list reads as "none". */
    static Object chain(String key, List<Phrase> parts) {
        if (parts.isEmpty()) {
            return phrase("value.none");
        }
        Phrase joined = parts.getLast();
        for (int i = parts.size() - 2; i >= 0; i--) {
            joined = phrase(key, parts.get(i), joined);
        }
        return joined;
    }

    /** A category cap within one assessed period, as points gained or points deducted at most. */
    static Phrase cap(Cap c) {
        if (c.isOpen()) {
            return phrase("cap.none");
        }
        if (c.min() == null) {
            return phrase("cap.max", c.max());
        }
        if (c.max() == null) {
            return phrase("cap.min", c.min().negate());
        }
        return phrase("cap.range", c.min(), c.max());
    }

    static Phrase occurrenceCap(OccurrenceCap c) {
        if (c.maxCount() == null && c.maxPoints() == null) {
            return phrase("occurrence.none");
        }
        if (c.maxPoints() == null) {
            return phrase("occurrence.count", c.maxCount());
        }
        return c.maxCount() == null ? phrase("occurrence.points", c.maxPoints())
                : phrase("occurrence.both", c.maxCount(), c.maxPoints());
    }

    /** Rule 1: a cap over a window longer than the assessed period (at most 12 points a year). */
    static Phrase windowCap(WindowCap w) {
        if (w == null) {
            return phrase("value.none");
        }
        if (w.maxPoints() == null) {
            return phrase("window.count", w.window(), w.maxCount());
        }
        return w.maxCount() == null ? phrase("window.points", w.window(), w.maxPoints())
                : phrase("window.both", w.window(), w.maxCount(), w.maxPoints());
    }

    static Phrase value(ValueRule v) {
        return switch (v) {
            case ValueRule.Fixed f -> phrase("value.fixed", f.points());
            case ValueRule.ReviewerRange r -> phrase("value.range", r.min(), r.max());
            case ValueRule.ByOption o -> phrase("value.options",
                    chain("list", o.options().stream().map(Words::option).toList()));
        };
    }

    /** An option with its points (bundle key {@code value.option}): a label and one value or a range. */
    static Phrase option(ValueOption o) {
        return phrase("value.option", label(o.label(), o.code()), points(o.min(), o.max()));
    }

    static Phrase points(BigDecimal min, BigDecimal max) {
        return min.compareTo(max) == 0 ? phrase("points", min) : phrase("pointsRange", min, max);
    }

    /** A tier's threshold ("at or above n points"), or the lowest tier. */
    static Phrase threshold(BigDecimal min) {
        return min == null ? phrase("tier.lowest") : phrase("tier.atLeast", min);
    }
}
