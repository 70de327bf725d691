package io.jifen.scheme.summary;

import static io.jifen.scheme.summary.SchemeSummary.phrase;
import static io.jifen.scheme.summary.SchemeSummary.unit;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Sign;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.result.Phrase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "What earns and costs points": the category tree in the designer's order, each category with its kind, cap,
 * weight and rhythm, each item with what one occurrence is worth and its limits.
 */
final class PointsPhrases {

    private final SchemeVersion scheme;
    private final Map<String, List<Category>> children;
    private final Map<String, List<Item>> items;

    PointsPhrases(SchemeVersion scheme) {
        this.scheme = scheme;
        Set<String> ids = scheme.categories().stream().map(Category::id).collect(Collectors.toSet());
        this.children = scheme.categories().stream().sorted(Comparator.comparingInt(Category::order))
                .collect(Collectors.groupingBy(c -> ids.contains(c.parentId()) ? c.parentId() : "",
                        java.util.LinkedHashMap::new, Collectors.toList()));
        this.items = scheme.items().stream().sorted(Comparator.comparingInt(Item::order))
                .collect(Collectors.groupingBy(Item::categoryId));
    }

    List<SummaryLine> lines() {
        List<SummaryLine> lines = new ArrayList<>();
        walk("", 0, lines, new HashSet<>());
        return lines;
    }

    private void walk(String parentId, int depth, List<SummaryLine> lines, Set<String> seen) {
        for (Category c : children.getOrDefault(parentId, List.of())) {
            if (!seen.add(c.id())) {
                continue;
            }
            lines.add(new SummaryLine(depth, phrase("summary.category", c.name()), categoryNotes(c)));
            PeriodUnit window = c.rhythm() != null ? c.rhythm() : scheme.periodRule().assessedUnit();
            for (Item i : items.getOrDefault(c.id(), List.of())) {
                lines.add(new SummaryLine(depth + 1, value(i, c.sign()), itemNotes(i, window)));
            }
            walk(c.id(), depth + 1, lines, seen);
        }
    }

    private List<Phrase> categoryNotes(Category c) {
        PeriodUnit window = c.rhythm() != null ? c.rhythm() : scheme.periodRule().assessedUnit();
        List<Phrase> notes = new ArrayList<>();
        notes.add(new Phrase("schemes.kind." + c.kind().name(), List.of()));
        if (c.cap().max() != null) {
            notes.add(phrase("summary.cap.max", unit(window), c.cap().max()));
        }
        if (c.cap().min() != null) {
            notes.add(phrase("summary.cap.min", unit(window), c.cap().min().abs()));
        }
        if (c.hasWeight()) {
            notes.add(phrase("summary.weight", c.weight().movePointRight(2)));
        }
        if (c.rhythm() != null) {
            notes.add(phrase("summary.rhythm", unit(c.rhythm())));
        }
        if (c.baseScore() != null) {
            notes.add(phrase("summary.category.base", c.baseScore()));
        }
        return notes;
    }

    /** What one occurrence is worth; a veto item worth nothing says only that it vetoes. */
    private static Phrase value(Item i, Sign sign) {
        String way = sign == Sign.NEGATIVE ? "deduct" : "add";
        return switch (i.value()) {
            case ValueRule.Fixed f when i.veto() && f.points().signum() == 0 -> phrase("summary.item.vetoOnly", i.name());
            case ValueRule.Fixed f -> phrase("summary.item.fixed." + way, i.name(), f.points());
            case ValueRule.ReviewerRange r -> phrase("summary.item.range." + way, i.name(), r.min(), r.max());
            case ValueRule.ByOption o -> phrase("summary.item.options", i.name(),
                    new SchemeSummary.Alternatives(o.options().stream().map(v -> option(v, way)).toList()));
        };
    }

    private static Phrase option(ValueOption o, String way) {
        return o.isFixed() ? phrase("summary.option." + way, o.label(), o.min())
                : phrase("summary.option.range." + way, o.label(), o.min(), o.max());
    }

    private List<Phrase> itemNotes(Item i, PeriodUnit window) {
        List<Phrase> notes = new ArrayList<>();
        if (i.cap().maxCount() != null) {
            notes.add(phrase("summary.itemCap.count", unit(window), i.cap().maxCount()));
        }
        if (i.cap().maxPoints() != null) {
            notes.add(phrase("summary.itemCap.points", unit(window), i.cap().maxPoints()));
        }
        if (i.windowCap() != null && i.windowCap().maxCount() != null) {
            notes.add(phrase("summary.itemCap.count", unit(i.windowCap().window()), i.windowCap().maxCount()));
        }
        if (i.windowCap() != null && i.windowCap().maxPoints() != null) {
            notes.add(phrase("summary.itemCap.points", unit(i.windowCap().window()), i.windowCap().maxPoints()));
        }
        if (i.veto() && !(i.value() instanceof ValueRule.Fixed f && f.points().signum() == 0)) {
            notes.add(phrase("summary.item.veto"));
        }
        if (i.recordedBy().contains(Recorder.SELF_CLAIM)) {
            notes.add(phrase("summary.item.selfClaim"));
        }
        if (i.evidenceRequired()) {
            notes.add(phrase("summary.item.evidence"));
        }
        if (!i.memberClassIds().isEmpty()) {
            notes.add(phrase("summary.item.for", scheme.memberClasses().stream()
                    .filter(c -> i.memberClassIds().contains(c.id())).map(MemberClass::name).toList()));
        }
        if (!i.statuses().isEmpty()) {
            notes.add(phrase("summary.item.for", i.statuses().stream().sorted().toList()));
        }
        return notes;
    }
}
