package io.jifen.scheme.validation;

import static io.jifen.scheme.validation.Issues.at;
import static io.jifen.scheme.validation.Issues.scheme;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Sign;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a {@link SchemeVersion} before it may be published and reports <em>every</em> problem with the JSON path of
 * the offending node in the scheme document ({@code $.scheme.items[3].categoryId}) and a message key
 * ({@code scheme.validation.*}, rendered by {@link ValidationMessages}).
 *
 * <p>Errors (a scheme with any cannot be published): blank ids / names, duplicate ids, dangling references (item →
 * category / member class / review step, category → parent, eligibility / consequence → tier scheme / tier),
 * category cycles, weights outside (0, 1], contradictory caps (a sub-category's range disjoint from its parent's, a
 * deduction floor above 0 or a bonus ceiling below 0), non-positive count / points caps, negative values,
 * duplicate option codes, overlapping tiers and duplicate tier names, tier schemes grading no level, rules on a level
 * their tier scheme does not grade, impossible roll-ups, veto items without tiers, negative workflow days and, for an
 * extension given its parent, every inheritance violation of {@link io.jifen.scoring.inherit.SchemeResolver}.
 *
 * <p>Warnings: category caps that the items can never reach, item caps above their category's cap (they never
 * bind), empty categories, items applying to no member class, tier schemes whose top tier cannot be reached.
 *
 * <p>What the model's constructors already refuse (a cap with min &gt; max, a negative count cap, a reviewer range
 * with min &gt; max, tiers not best-first …) never reaches a {@code SchemeVersion}; {@link DocumentChecks} reports
 * those on the JSON document, with the same keys, together with every number outside its
 * {@link io.jifen.scoring.model.NumberBound} (the model rounds points to two decimals, so only the document can
 * tell that {@code 12.345} was written).
 */
public final class SchemeValidator {

    private SchemeValidator() {
    }

    /** Validates a scheme without parent (an extension validated alone gets an error: its parent is needed). */
    public static ValidationReport validate(SchemeVersion scheme) {
        return validate(scheme, null);
    }

    /**
     * Validates an extension together with its parent's <em>effective</em> scheme (resolve chains first), including
     * the inheritance rules: locks, closed categories, budgets, unlocked parts. For a scheme without parent,
     * {@code parent} may be null.
     */
    public static ValidationReport validate(SchemeVersion scheme, SchemeVersion parent) {
        Issues out = new Issues();
        if (scheme.isExtension() && parent == null) {
            out.error(scheme("parentVersionId"), "inheritance.parentMissing", scheme.parentVersionId());
        }
        new Run(scheme, parent, out).all();
        if (parent != null) {
            Inheritance.check(scheme, parent, out);
        }
        return out.report();
    }

    /**
     * Validates the last scheme of a chain root → … → leaf against the effective scheme of everything above it
     * (S7: county → township → village). Problems of the upper levels are theirs: validate them on their own.
     */
    public static ValidationReport validateChain(List<SchemeVersion> rootToLeaf) {
        if (rootToLeaf.size() == 1) {
            return validate(rootToLeaf.getFirst());
        }
        SchemeVersion above = io.jifen.scoring.inherit.SchemeResolver
                .resolveChain(rootToLeaf.subList(0, rootToLeaf.size() - 1)).effective();
        return validate(rootToLeaf.getLast(), above);
    }

    private static final class Run {
        private final SchemeVersion s;
        private final SchemeVersion parent;
        private final Issues out;
        /** null = cannot be known (an extension validated without its parent) */
        private final Set<String> categoryIds;
        private final Set<String> classIds;
        private final Map<String, TierScheme> tierSchemes;
        private final Set<String> stepIds;

        Run(SchemeVersion s, SchemeVersion parent, Issues out) {
            this.s = s;
            this.parent = parent;
            this.out = out;
            boolean parentUnknown = s.isExtension() && parent == null;
            Set<String> cats = new HashSet<>();
            s.categories().forEach(c -> cats.add(c.id()));
            if (parent != null) {
                parent.categories().forEach(c -> cats.add(c.id()));
            }
            categoryIds = parentUnknown ? null : cats;
            classIds = ids(s.memberClasses(), parent == null ? null : parent.memberClasses(), MemberClass::id,
                    parentUnknown);
            Map<String, TierScheme> ts = new LinkedHashMap<>();
            List<TierScheme> tsList = !s.tierSchemes().isEmpty() || parent == null ? s.tierSchemes()
                    : parent.tierSchemes();
            tsList.forEach(t -> ts.putIfAbsent(t.id(), t));
            tierSchemes = parentUnknown && s.tierSchemes().isEmpty() ? null : ts;
            Workflow w = s.workflow() == null ? Workflow.NONE : s.workflow();
            stepIds = ids(w.steps(), parent == null || parent.workflow() == null ? null : parent.workflow().steps(),
                    Workflow.ReviewStep::id, parentUnknown);
        }

        private static <T> Set<String> ids(List<T> own, List<T> inherited, Function<T, String> id,
                boolean parentUnknown) {
            if (!own.isEmpty()) {
                Set<String> out = new HashSet<>();
                own.forEach(t -> out.add(id.apply(t)));
                return out;
            }
            if (parentUnknown) {
                return null;
            }
            Set<String> out = new HashSet<>();
            if (inherited != null) {
                inherited.forEach(t -> out.add(id.apply(t)));
            }
            return out;
        }

        void all() {
            header();
            periodRule();
            memberClasses();
            categories();
            items();
            new RuleChecks(s, out, tierSchemes).all();
            new PeriodLevelChecks(s, parent, out).all();
            if (!s.isExtension()) {
                Reach.warn(s, id -> indexOf(s.categories(), Category::id, id), id -> indexOf(s.items(), Item::id, id),
                        id -> indexOf(s.tierSchemes(), TierScheme::id, id), out);
            } else if (parent != null) {
                // warnings on the merged scheme, reported only for what the extension itself defines
                try {
                    SchemeVersion effective = io.jifen.scoring.inherit.SchemeResolver.resolve(parent, s).effective();
                    Reach.warn(effective, id -> indexOf(s.categories(), Category::id, id),
                            id -> indexOf(s.items(), Item::id, id), id -> indexOf(s.tierSchemes(), TierScheme::id, id),
                            out);
                } catch (IllegalArgumentException e) {
                    // reported by Inheritance
                }
            }
        }

        private void header() {
            out.blankId(s.id(), scheme("id"));
            if (!s.isExtension()) {
                out.blankName(s.name(), scheme("name"));
            }
            if (s.version() < 1) {
                out.error(scheme("version"), "version.notPositive", s.version());
            }
        }

        private void periodRule() {
            PeriodRule r = s.periodRule();
            if (r == null) {
                return;
            }
            if (r.rollUp() == RollUp.AVERAGE_OF_SUBPERIODS) {
                if (r.assessedUnit() == PeriodUnit.YEAR) {
                    out.error(scheme("periodRule.rollUp"), "period.averageNeedsSubannualUnit", r.assessedUnit());
                } else if (!r.reset()) {
                    out.error(scheme("periodRule.reset"), "period.averageNeedsReset");
                }
            }
            if (r.rollUp() == RollUp.BASE_PLUS_ACCUMULATED) {
                List<MemberClass> classes = !s.memberClasses().isEmpty() || parent == null ? s.memberClasses()
                        : parent.memberClasses();
                boolean anyBase = classes.stream().anyMatch(c -> c.baseScore().signum() > 0);
                if (!anyBase && !(classes.isEmpty() && s.isExtension())) {
                    out.error(scheme("periodRule.rollUp"), "period.basePlusNeedsBase");
                }
            }
            if (r.totalCap() != null && r.totalCap().signum() <= 0) {
                out.error(scheme("periodRule.totalCap"), "period.totalCapNotPositive", r.totalCap());
            }
            if (r.overflowAsReward() && r.totalCap() == null) {
                out.error(scheme("periodRule.overflowAsReward"), "period.overflowWithoutCap");
            }
        }

        private void memberClasses() {
            if (s.memberClasses().isEmpty() && !s.isExtension()) {
                out.error(scheme("memberClasses"), "memberClass.none");
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < s.memberClasses().size(); i++) {
                MemberClass c = s.memberClasses().get(i);
                String p = at("memberClasses", i);
                out.blankId(c.id(), p + ".id");
                out.blankName(c.name(), p + ".name");
                out.unique(seen, c.id(), i, p + ".id");
                if (c.baseScore().signum() < 0) {
                    out.error(p + ".baseScore", "memberClass.negativeBase", c.name(), c.baseScore());
                }
            }
        }

        private void categories() {
            Map<String, Integer> seen = new HashMap<>();
            Map<String, Category> byId = new LinkedHashMap<>();
            if (parent != null) {
                parent.categories().forEach(c -> byId.put(c.id(), c));
            }
            for (int i = 0; i < s.categories().size(); i++) {
                Category c = s.categories().get(i);
                String p = at("categories", i);
                out.blankId(c.id(), p + ".id");
                out.blankName(c.name(), p + ".name");
                out.unique(seen, c.id(), i, p + ".id");
                if (c.weight().signum() <= 0 || c.weight().compareTo(BigDecimal.ONE) > 0) {
                    out.error(p + ".weight", "category.weightOutOfRange", c.weight());
                }
                if (c.sign() == Sign.NEGATIVE && c.cap().min() != null && c.cap().min().signum() > 0) {
                    // "最多扣20分" is min = −20; a positive floor would add points to every member
                    out.error(p + ".cap.min", "cap.wrongSign", c.name(), c.cap().min());
                } else if (c.sign() == Sign.POSITIVE && c.cap().max() != null && c.cap().max().signum() < 0) {
                    out.error(p + ".cap.max", "cap.wrongSign", c.name(), c.cap().max());
                }
                if (c.parentId() != null && categoryIds != null && !categoryIds.contains(c.parentId())) {
                    out.error(p + ".parentId", "category.unknownParent", c.parentId());
                }
            }
            s.categories().forEach(c -> byId.put(c.id(), c));
            // a sub-category whose cap interval cannot meet its parent's is a contradiction
            for (int i = 0; i < s.categories().size(); i++) {
                Category c = s.categories().get(i);
                Category up = c.parentId() == null ? null : byId.get(c.parentId());
                if (up != null && up != c && disjoint(c.cap(), up.cap())) {
                    out.error(at("categories", i) + ".cap", "cap.disjointFromParent", c.name(), c.cap(), up.name(),
                            up.cap());
                }
            }
            cycles(byId);
        }

        private static boolean disjoint(Cap a, Cap b) {
            return (a.min() != null && b.max() != null && a.min().compareTo(b.max()) > 0)
                    || (a.max() != null && b.min() != null && a.max().compareTo(b.min()) < 0);
        }

        /** Each cycle once, at the first of its categories in the list. */
        private void cycles(Map<String, Category> byId) {
            Set<String> reported = new HashSet<>();
            for (int i = 0; i < s.categories().size(); i++) {
                Category start = s.categories().get(i);
                if (reported.contains(start.id())) {
                    continue;
                }
                List<String> chain = new ArrayList<>();
                Category c = start;
                while (c != null && !chain.contains(c.id())) {
                    chain.add(c.id());
                    c = c.parentId() == null ? null : byId.get(c.parentId());
                }
                if (c != null && c.id().equals(start.id())) {
                    reported.addAll(chain);
                    chain.add(start.id());
                    out.error(at("categories", i) + ".parentId", "category.cycle", String.join(" → ", chain));
                }
            }
        }

        private void items() {
            Map<String, Integer> seen = new HashMap<>();
            Map<String, Integer> categoryIndex = new HashMap<>();
            for (int i = 0; i < s.categories().size(); i++) {
                categoryIndex.putIfAbsent(s.categories().get(i).id(), i);
            }
            Map<String, Category> categories = new HashMap<>();
            if (parent != null) {
                parent.categories().forEach(c -> categories.put(c.id(), c));
            }
            s.categories().forEach(c -> categories.put(c.id(), c));
            for (int i = 0; i < s.items().size(); i++) {
                Item item = s.items().get(i);
                String p = at("items", i);
                out.blankId(item.id(), p + ".id");
                out.blankName(item.name(), p + ".name");
                if (categoryIndex.containsKey(item.id())) {
                    // categories and items share one id space: removedIds and explanations name either
                    out.error(p + ".id", "id.duplicate", item.id());
                } else {
                    out.unique(seen, item.id(), i, p + ".id");
                }
                if (categoryIds != null && !categoryIds.contains(item.categoryId())) {
                    out.error(p + ".categoryId", "item.unknownCategory", item.categoryId());
                }
                value(item, p + ".value");
                cap(item, categories.get(item.categoryId()), p + ".cap");
                List<String> classes = item.memberClassIds().stream().sorted().toList(); // written sorted
                for (int k = 0; k < classes.size(); k++) {
                    if (classIds != null && !classIds.contains(classes.get(k))) {
                        out.error(p + ".memberClassIds[" + k + "]", "item.unknownMemberClass", classes.get(k));
                    }
                }
                if (classIds != null && !classIds.isEmpty() && !classes.isEmpty()
                        && classes.stream().noneMatch(classIds::contains)) {
                    out.warning(p + ".memberClassIds", "item.appliesToNoClass", item.name());
                }
                for (int k = 0; k < item.reviewStepIds().size(); k++) {
                    String step = item.reviewStepIds().get(k);
                    if (stepIds != null && !stepIds.contains(step)) {
                        out.error(p + ".reviewStepIds[" + k + "]", "item.unknownReviewStep", step);
                    }
                }
                if (item.veto() && tierSchemes != null && tierSchemes.isEmpty()) {
                    out.error(p + ".veto", "item.vetoWithoutTiers", item.name());
                }
            }
        }

        private void value(Item item, String p) {
            switch (item.value()) {
                case ValueRule.Fixed f -> nonNegative(f.points(), p + ".points");
                case ValueRule.ReviewerRange r -> nonNegative(r.min(), p + ".min");
                case ValueRule.ByOption b -> {
                    Set<String> codes = new HashSet<>();
                    for (int k = 0; k < b.options().size(); k++) {
                        ValueOption o = b.options().get(k);
                        String op = p + ".options[" + k + "]";
                        out.blankId(o.code(), op + ".code");
                        out.blankName(o.label(), op + ".label");
                        if (!codes.add(o.code())) {
                            out.error(op + ".code", "option.duplicateCode", o.code());
                        }
                        nonNegative(o.min(), op + ".min");
                    }
                }
            }
        }

        private void nonNegative(BigDecimal v, String p) {
            if (v.signum() < 0) {
                out.error(p, "value.negative", v);
            }
        }

        private void cap(Item item, Category category, String p) {
            OccurrenceCap c = item.cap();
            if (c.maxCount() != null && c.maxCount() <= 0) {
                out.error(p + ".maxCount", "cap.countNotPositive", c.maxCount());
            }
            if (c.maxPoints() != null && c.maxPoints().signum() <= 0) {
                out.error(p + ".maxPoints", "cap.pointsNotPositive", c.maxPoints());
            }
            if (c.maxPoints() != null && category != null) {
                BigDecimal bound = category.sign() == Sign.NEGATIVE ? neg(category.cap().min()) : category.cap().max();
                if (bound != null && bound.signum() >= 0 && c.maxPoints().compareTo(bound) > 0) {
                    // not contradictory (the category cap holds the sum), but the item's own cap never binds
                    out.warning(p + ".maxPoints", "cap.itemExceedsCategory", item.name(), c.maxPoints(),
                            category.name(), bound);
                }
            }
        }

        private static BigDecimal neg(BigDecimal v) {
            return v == null ? null : v.negate();
        }

    }

    static <T> Integer indexOf(List<T> list, Function<T, String> id, String wanted) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(wanted)) {
                return i;
            }
        }
        return null;
    }
}
