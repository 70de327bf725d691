package io.jifen.scheme.diff;

import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Phrase;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a scheme, in words (issue 8 point 6): "cap of category X: 5 → 6",
 * "item Y added", "item Z removed". Each change is a {@link Phrase} — a key {@code scheme.diff.*} of the bundles
 * with typed operands (names, plain numbers, enum constants, nested phrases for values such as "at most 12 points
 * a period") —
 * rendered in the reader's language at the edge by {@code io.jifen.scheme.validation.ExplanationMessages}, as the
 * engine's explanations are. Nodes are matched by id, so a renamed item is a rename, not a removal and an addition.
 *
 * <p>The identity of a version (id, scheme id, number) is the database's (docs/scheme-format.md) and is not a change.
 */
public final class SchemeDiff {

    private SchemeDiff() {
    }

    /** The changes from {@code from} to {@code to}, scheme-wide fields first, then the tree, then the rules. */
    public static List<Phrase> between(SchemeVersion from, SchemeVersion to) {
        ChangeList out = new ChangeList();
        scheme(from, to, out);
        periodRule(from.periodRule(), to.periodRule(), out);
        TreeDiff.memberClasses(from, to, out);
        new TreeDiff(from, to, out).run();
        new RuleDiff(from, to, out).run();
        TreeDiff.workflow(from.workflow(), to.workflow(), out);
        return out.list();
    }

    private static void scheme(SchemeVersion a, SchemeVersion b, ChangeList out) {
        if (!Objects.equals(a.name(), b.name())) {
            out.add("name", Words.orNone(a.name()), Words.orNone(b.name()));
        }
        if (!Objects.equals(a.effectiveFrom(), b.effectiveFrom())) {
            out.add("effectiveFrom", Words.orNone(a.effectiveFrom()), Words.orNone(b.effectiveFrom()));
        }
        for (SchemePart p : SchemePart.values()) {
            if (a.unlockedParts().contains(p) != b.unlockedParts().contains(p)) {
                out.add(b.unlockedParts().contains(p) ? "unlocked" : "locked", p);
            }
        }
        a.removedIds().stream().filter(id -> !b.removedIds().contains(id)).forEach(id -> out.add("restored", id));
        b.removedIds().stream().filter(id -> !a.removedIds().contains(id)).forEach(id -> out.add("dropped", id));
    }

    private static void periodRule(PeriodRule a, PeriodRule b, ChangeList out) {
        if (a == null || b == null) {
            if (a != b) {
                out.add(b == null ? "periodRule.parent" : "periodRule.own");
            }
            return;
        }
        String key = "periodRule.changed";
        out.field(key, null, "assessedUnit", a.assessedUnit(), b.assessedUnit(), u -> u);
        out.field(key, null, "reset", a.reset(), b.reset(), Words::yesNo);
        out.field(key, null, "rollUp", a.rollUp(), b.rollUp(), r -> r);
        out.field(key, null, "totalCap", a.totalCap(), b.totalCap(), Words::orNone);
        out.field(key, null, "overflowAsReward", a.overflowAsReward(), b.overflowAsReward(), Words::yesNo);
        out.field(key, null, "partialPeriods", a.partialPeriods(), b.partialPeriods(), p -> p);
        out.field(key, null, "yearStartMonth", a.yearStartMonth(), b.yearStartMonth(), m -> m);
        out.field(key, null, "interimUnit", a.interimUnit(), b.interimUnit(), Words::orNone);
        out.field(key, null, "interimRollUp", a.interimRollUp(), b.interimRollUp(), Words::orNone);
    }
}
