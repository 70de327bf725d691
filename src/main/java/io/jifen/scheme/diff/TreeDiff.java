package io.jifen.scheme.diff;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Categories and items, matched by id: added, removed, renamed, moved, reordered, and every field changed. */
final class TreeDiff extends DiffPart {

    TreeDiff(SchemeVersion from, SchemeVersion to, ChangeList out) {
        super(from, to, out);
    }

    @Override
    void run() {
        ChangeList.match(from.categories(), to.categories(), Category::id,
                c -> out.add("category.removed", name(c)),
                c -> out.add("category.added", name(c), c.kind(), Words.cap(c.cap())),
                this::category);
        ChangeList.match(from.items(), to.items(), Item::id,
                i -> out.add("item.removed", name(i), categoryName(from, i.categoryId())),
                i -> out.add("item.added", name(i), categoryName(to, i.categoryId()), Words.value(i.value())),
                this::item);
        order(from.categories(), to.categories(), Category::id, Category::parentId, Category::order,
                this::categoryLabel);
        order(from.items(), to.items(), Item::id, Item::categoryId, Item::order, this::itemLabel);
    }

    private void category(Category a, Category b) {
        String n = name(b);
        if (!Objects.equals(a.name(), b.name())) {
            out.add("category.renamed", name(a), n);
        }
        if (!Objects.equals(a.parentId(), b.parentId())) {
            out.add("category.moved", n, categoryName(from, a.parentId()), categoryName(to, b.parentId()));
        }
        String key = "category.changed";
        out.field(key, n, "kind", a.kind(), b.kind(), k -> k);
        out.field(key, n, "sign", a.sign(), b.sign(), s -> s);
        cap(n, a.cap(), b.cap());
        out.field(key, n, "weight", a.weight(), b.weight(), w -> w);
        out.field(key, n, "baseScore", a.baseScore(), b.baseScore(), Words::orNone);
        out.field(key, n, "rhythm", a.rhythm(), b.rhythm(), r -> r == null ? Words.phrase("value.everyPeriod") : r);
        out.field(key, n, "openForExtension", a.openForExtension(), b.openForExtension(), Words::yesNo);
        out.field(key, n, "locked", a.locked(), b.locked(), Words::yesNo);
    }

    /** "cap of category X: 5 → 6" when only the maximum moved, the caps in words otherwise. */
    private void cap(String n, Cap a, Cap b) {
        if (a.equals(b)) {
            return;
        }
        if (a.max() != null && b.max() != null && Objects.equals(a.min(), b.min())) {
            out.add("category.cap", n, a.max(), b.max());
        } else if (a.min() != null && b.min() != null && Objects.equals(a.max(), b.max())) {
            out.add("category.floor", n, a.min().negate(), b.min().negate());
        } else {
            out.add("category.changed", n, Words.field("cap"), Words.cap(a), Words.cap(b));
        }
    }

    private void item(Item a, Item b) {
        String n = name(b);
        if (!Objects.equals(a.name(), b.name())) {
            out.add("item.renamed", name(a), n);
        }
        if (!a.categoryId().equals(b.categoryId())) {
            out.add("item.moved", n, categoryName(from, a.categoryId()), categoryName(to, b.categoryId()));
        }
        String key = "item.changed";
        if (a.value() instanceof ValueRule.ByOption x && b.value() instanceof ValueRule.ByOption y) {
            options(n, x.options(), y.options());
        } else {
            out.field(key, n, "value", a.value(), b.value(), Words::value);
        }
        out.field(key, n, "cap", a.cap(), b.cap(), Words::occurrenceCap);
        out.field(key, n, "windowCap", a.windowCap(), b.windowCap(), Words::windowCap);
        out.field(key, n, "recordedBy", Words.sorted(a.recordedBy()), Words.sorted(b.recordedBy()), Words::noneIfEmpty);
        out.field(key, n, "evidenceRequired", a.evidenceRequired(), b.evidenceRequired(), Words::yesNo);
        out.field(key, n, "reviewStepIds", steps(from, a.reviewStepIds()), steps(to, b.reviewStepIds()),
                Words::noneIfEmpty);
        out.field(key, n, "memberClassIds", classes(from, a.memberClassIds()), classes(to, b.memberClassIds()),
                Words::allIfEmpty);
        out.field(key, n, "statuses", Words.sorted(a.statuses()), Words.sorted(b.statuses()), Words::allIfEmpty);
        out.field(key, n, "veto", a.veto(), b.veto(), Words::yesNo);
        out.field(key, n, "locked", a.locked(), b.locked(), Words::yesNo);
    }

    private void options(String item, List<ValueOption> a, List<ValueOption> b) {
        ChangeList.match(a, b, ValueOption::code,
                o -> out.add("item.optionRemoved", item, Words.label(o.label(), o.code())),
                o -> out.add("item.optionAdded", item, Words.option(o)),
                (x, y) -> {
                    if (!x.equals(y)) {
                        out.add("item.optionChanged", item, Words.option(x), Words.option(y));
                    }
                });
    }

    /**
     * One line per parent whose children (those in both versions) now come in another order, naming the new order:
     * renumbering without a real move says nothing.
     */
    private <T> void order(List<T> a, List<T> b, Function<T, String> id, Function<T, String> parent,
                           Function<T, Integer> order, Function<String, String> label) {
        Set<String> common = new LinkedHashSet<>(a.stream().map(id).toList());
        common.retainAll(b.stream().map(id).toList());
        Set<String> parents = new LinkedHashSet<>();
        b.forEach(n -> parents.add(parent.apply(n)));
        for (String p : parents) {
            List<String> before = siblings(a, p, common, id, parent, order);
            List<String> after = siblings(b, p, common, id, parent, order);
            if (before.size() == after.size() && !before.equals(after)) {
                out.add("order", p == null ? Words.phrase("topLevel") : categoryName(to, p),
                        after.stream().map(label).toList());
            }
        }
    }

    private static <T> List<String> siblings(List<T> nodes, String parentId, Set<String> common,
                                             Function<T, String> id, Function<T, String> parent,
                                             Function<T, Integer> order) {
        List<T> mine = new ArrayList<>(nodes.stream()
                .filter(n -> Objects.equals(parent.apply(n), parentId) && common.contains(id.apply(n))).toList());
        mine.sort(Comparator.comparing(order));
        return mine.stream().map(id).toList();
    }

    private String categoryLabel(String id) {
        return to.categories().stream().filter(c -> c.id().equals(id)).findFirst().map(TreeDiff::name).orElse(id);
    }

    private String itemLabel(String id) {
        return to.items().stream().filter(i -> i.id().equals(id)).findFirst().map(TreeDiff::name).orElse(id);
    }

    static String name(Category c) {
        return Words.label(c.name(), c.id());
    }

    static String name(Item i) {
        return Words.label(i.name(), i.id());
    }

    /** A category's name in a version; the top level (null) or an id the version lacks reads as itself. */
    static Object categoryName(SchemeVersion v, String id) {
        if (id == null) {
            return Words.phrase("topLevel");
        }
        return v.categories().stream().filter(c -> c.id().equals(id)).findFirst().map(TreeDiff::name).orElse(id);
    }

    private static List<String> classes(SchemeVersion v, Set<String> ids) {
        return ids.stream().sorted().map(id -> v.memberClass(id).map(c -> Words.label(c.name(), id)).orElse(id))
                .toList();
    }

    private static List<String> steps(SchemeVersion v, List<String> ids) {
        return ids.stream().map(id -> v.workflow().steps().stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> Words.label(s.name(), id)).orElse(id)).toList();
    }

    /** Member classes: the base score and exemption of each, matched by id. */
    static void memberClasses(SchemeVersion from, SchemeVersion to, ChangeList out) {
        ChangeList.match(from.memberClasses(), to.memberClasses(), MemberClass::id,
                c -> out.add("class.removed", Words.label(c.name(), c.id())),
                c -> out.add("class.added", Words.label(c.name(), c.id()), c.baseScore()),
                (a, b) -> {
                    String n = Words.label(b.name(), b.id());
                    if (!Objects.equals(a.name(), b.name())) {
                        out.add("class.renamed", Words.label(a.name(), a.id()), n);
                    }
                    out.field("class.changed", n, "baseScore", a.baseScore(), b.baseScore(), s -> s);
                    out.field("class.changed", n, "exemption", a.exemption(), b.exemption(), e -> e);
                });
    }

    /** Review steps: added, removed, renamed, performer changed, reordered; and the two deadlines. */
    static void workflow(Workflow a, Workflow b, ChangeList out) {
        ChangeList.match(a.steps(), b.steps(), Workflow.ReviewStep::id,
                s -> out.add("step.removed", Words.label(s.name(), s.id())),
                s -> out.add("step.added", Words.label(s.name(), s.id()), Words.role(s.performerRole())),
                (x, y) -> {
                    String n = Words.label(y.name(), y.id());
                    if (!Objects.equals(x.name(), y.name())) {
                        out.add("step.renamed", Words.label(x.name(), x.id()), n);
                    }
                    out.field("step.changed", n, "performerRole", x.performerRole(), y.performerRole(),
                            Words::role);
                });
        List<String> before = a.steps().stream().map(Workflow.ReviewStep::id)
                .filter(id -> b.steps().stream().anyMatch(s -> s.id().equals(id))).toList();
        List<String> after = b.steps().stream().map(Workflow.ReviewStep::id).filter(before::contains).toList();
        if (!before.equals(after)) {
            out.add("step.order", b.steps().stream().map(s -> Words.label(s.name(), s.id())).toList());
        }
        out.field("workflow.changed", null, "publicationWindowDays", a.publicationWindowDays(),
                b.publicationWindowDays(), d -> d);
        out.field("workflow.changed", null, "objectionAnswerDays", a.objectionAnswerDays(), b.objectionAnswerDays(),
                d -> d);
    }
}
