package io.jifen.score.statement;

import io.jifen.score.LedgerLine;
import io.jifen.score.LedgerLines.ReviewLine;
import io.jifen.score.statement.Statement.CategoryLine;
import io.jifen.score.statement.Statement.EntryLine;
import io.jifen.score.statement.Statement.ItemLine;
import io.jifen.score.statement.Statement.Section;
import io.jifen.score.statement.Statement.Summary;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Workflow.ReviewStep;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.scoring.result.CategoryResult;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.IgnoredFact;
import io.jifen.scoring.result.InterimResult;
import io.jifen.scoring.result.ItemResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.scoring.result.Rank;
import io.jifen.scoring.result.TierResult;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns one member's results into the statement's parts, tracing fact ids back to their ledger entries. */
final class StatementParts {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Words w;
    private final Map<String, Item> items;
    private final Map<String, Category> categories;
    private final Map<String, ReviewStep> steps;
    private final Map<Long, List<ReviewLine>> reviews;
    private final Map<Long, LedgerLine> lines;
    private final Map<Long, LedgerLine> reversalOf;

    StatementParts(SchemeVersion scheme, Words w, Map<Long, List<ReviewLine>> reviews, List<LedgerLine> mine) {
        this.w = w;
        this.items = scheme.items().stream().collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a));
        this.categories = scheme.categories().stream()
                .collect(Collectors.toMap(Category::id, Function.identity(), (a, b) -> a));
        this.steps = scheme.workflow() == null ? Map.of() : scheme.workflow().steps().stream()
                .collect(Collectors.toMap(ReviewStep::id, Function.identity(), (a, b) -> a));
        this.reviews = reviews;
        this.lines = mine.stream().collect(Collectors.toMap(LedgerLine::id, Function.identity()));
        this.reversalOf = mine.stream().filter(LedgerLine::isReversal)
                .collect(Collectors.toMap(LedgerLine::reverses, Function.identity(), (a, b) -> a));
    }

    Summary summary(PeriodResult p) {
        return summary(p.total(), p.rewardPoints(), p.tiers(), p.rankInUnit(), p.veto());
    }

    Summary summary(InterimResult i) {
        return summary(i.total(), i.rewardPoints(), i.tiers(), i.rankInUnit(), i.veto());
    }

    Summary summary(AnnualResult y) {
        return summary(y.total(), y.rewardPoints(), y.tiers(), y.rankInUnit(), y.veto());
    }

    private Summary summary(Explained total, Explained reward, List<TierResult> tiers, Rank rank, boolean veto) {
        TierResult t = tiers.isEmpty() ? null : tiers.getFirst();
        return new Summary(total.value(), w.why(total), reward == null ? BigDecimal.ZERO : reward.value(),
                w.why(reward), t == null ? null : t.tierName(), t == null ? null : w.why(t.basis()),
                rank == null ? null : w.say("score.statement.rank", rank.position(), rank.of()), veto);
    }

    Section section(PeriodResult p) {
        List<CategoryLine> cats = p.categories().stream().map(this::category).toList();
        List<ItemLine> its = p.items().stream().filter(i -> i.occurrences() > 0).map(this::item).toList();
        return new Section(p.period(), p.base().value(), w.why(p.base()), cats, its, p.total().value(),
                w.why(p.total()));
    }

    private CategoryLine category(CategoryResult c) {
        Category def = categories.get(c.categoryId());
        String name = def == null ? c.categoryId() : def.name();
        BigDecimal over = c.overflow().value();
        String note = null;
        if (over.signum() > 0 && def != null && def.cap().max() != null) {
            note = w.say("score.statement.capApplied", def.cap().max(), over);
        } else if (over.signum() < 0 && def != null && def.cap().min() != null) {
            note = w.say("score.statement.floorApplied", def.cap().min(), over.negate());
        }
        return new CategoryLine(c.categoryId(), name, c.parentId() == null, c.capped().value(), w.why(c.capped()),
                note);
    }

    private ItemLine item(ItemResult i) {
        Item def = items.get(i.itemId());
        Category cat = categories.get(i.categoryId());
        List<EntryLine> entries = i.raw().factIds().stream().map(Long::valueOf).map(lines::get)
                .filter(l -> l != null).map(this::entry).toList();
        return new ItemLine(i.itemId(), def == null ? i.itemId() : def.name(), cat == null ? null : cat.name(),
                i.occurrences(), i.countedOccurrences(), i.signed().value(), w.why(i.capped()), entries);
    }

    EntryLine entry(LedgerLine l) {
        Item def = items.get(l.itemId());
        String mark = null;
        if (l.isReversal()) {
            mark = w.say("score.statement.reversal", l.reverses(), l.reason());
        } else if (reversalOf.containsKey(l.id())) {
            LedgerLine r = reversalOf.get(l.id());
            mark = w.say("score.statement.reversed", r.id(), r.reason());
        }
        List<String> trail = reviews.getOrDefault(l.id(), List.of()).stream().map(this::approval).toList();
        return new EntryLine(l.id(), l.date(), def == null ? l.itemId() : def.name(), l.basis(), l.recordedBy(),
                w.say("ledger.source." + l.source()), l.value(), l.count(), mark, trail);
    }

    private String approval(ReviewLine r) {
        ReviewStep s = steps.get(r.stepId());
        // the default branch review has no name in the workflow (ReviewPlan): never show its id
        String step = s == null || s.name() == null ? w.say("review.step.default") : s.name();
        String key = "APPROVED".equals(r.decision()) ? "score.statement.approved" : "score.statement.rejected";
        return w.say(key, step, r.decidedBy(), r.decidedAt().atZone(ZONE).toLocalDate(),
                r.reason() == null ? "" : r.reason());
    }

    /** Cancelled entries of the range and their reversals, both shown, dated order. */
    List<EntryLine> reversals(Period period) {
        return lines.values().stream()
                .filter(l -> l.isReversal() || reversalOf.containsKey(l.id()))
                .filter(l -> period.contains(l.date()))
                .sorted(java.util.Comparator.comparing(LedgerLine::date).thenComparing(LedgerLine::id))
                .map(this::entry).toList();
    }

    /** The member's entries the engine set aside in the range, and why. */
    List<String> ignored(List<IgnoredFact> ignored, Period period) {
        Set<String> ids = lines.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
        return ignored.stream().filter(f -> ids.contains(f.factId()))
                .filter(f -> period.contains(lines.get(Long.valueOf(f.factId())).date()))
                .map(f -> w.say("score.statement.ignored", Long.valueOf(f.factId()), w.say(f.detail()))).toList();
    }
}
