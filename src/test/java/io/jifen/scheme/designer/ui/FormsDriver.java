package io.jifen.scheme.designer.ui;

import com.vaadin.flow.component.HasValue;
import io.jifen.scheme.designer.DesignerSection;
import io.jifen.scheme.designer.NodeRef;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a scheme in the designer the way an admin does: it reads a template only to know what to type, and works
 * the tree's buttons, the node forms and the scheme-wide sections; it never sets the draft. Generated ids are
 * learned from what the designer shows (the selected node, the section's rows) and used where a later field picks
 * the node (an item's review steps, a consequence's tier).
 */
final class FormsDriver {

    final DesignerView view;
    private final SchemeVersion template;
    private final Map<String, String> categoryIds = new HashMap<>();
    private final Map<String, String> stepIds = new HashMap<>();
    private final Map<String, String> classIds = new HashMap<>();
    private final Map<String, String> scaleIds = new HashMap<>();
    /** Keyed "templateScaleId/templateTierId". */
    private final Map<String, String> tierIds = new HashMap<>();
    private final SectionsPart sections;

    FormsDriver(DesignerView view, SchemeVersion template) {
        this.view = view;
        this.template = template;
        this.sections = new SectionsPart(this);
    }

    /** The whole scheme: the parts items refer to first (classes, tiers, steps), then the tree, then the rules. */
    void build() {
        sections.basic();
        sections.period();
        sections.memberClasses(template.memberClasses(), classIds);
        sections.tiers(template.tierSchemes(), scaleIds, tierIds);
        sections.workflow(template.workflow(), stepIds);
        tree();
        sections.ranking(template.ranking(), categoryIds);
        sections.eligibility(template.eligibilityRules(), scaleIds, tierIds);
        sections.consequences(template.consequenceRules(), scaleIds, tierIds);
    }

    SchemeVersion template() {
        return template;
    }

    /** The section with this title, brought forward as its tab. */
    DesignerSection section(String titleKey) {
        DesignerSection section = view.sections.keySet().stream().filter(s -> s.titleKey().equals(titleKey))
                .findFirst().orElseThrow(() -> new AssertionError("the designer has no section " + titleKey));
        view.tabs.setSelectedTab(view.sections.get(section));
        return section;
    }

    // --- the tree and the node forms

    private void tree() {
        String previous = null;
        for (Category top : childrenOf(null)) {
            previous = category(top, null, previous);
        }
    }

    /** Adds one category where it belongs, fills its form, then its items and its sub-categories. */
    private String category(Category c, String parent, String previousSibling) {
        if (parent != null) {
            view.select(NodeRef.category(parent));
            view.addSubCategory.click();
        } else if (previousSibling != null) {
            view.select(NodeRef.category(previousSibling));
            view.addCategory.click();
        } else {
            view.tree.deselectAll();
            view.addCategory.click();
        }
        String made = view.tree.selected().id();
        categoryIds.put(c.id(), made);
        fill(c);
        for (Item item : itemsOf(c.id())) {
            view.select(NodeRef.category(made));
            view.addItem.click();
            fill(item);
        }
        for (Category child : childrenOf(c.id())) {
            category(child, made, null);
        }
        return made;
    }

    private void fill(Category c) {
        CategoryForm f = view.categoryForm;
        type(f.name, c.name());
        type(f.kind, c.kind());
        type(f.sign, c.sign());
        range(f.capMin, f.capMax, c.cap().min(), c.cap().max());
        type(f.weight, c.weight());
        type(f.baseScore, c.baseScore());
        type(f.rhythm, c.rhythm());
        type(f.openForExtension, c.openForExtension());
        type(f.locked, c.locked());
    }

    private void fill(Item i) {
        ItemForm f = view.itemForm;
        type(f.name, i.name());
        type(f.valueKind, ItemFields.kindOf(i.value()));
        switch (i.value()) {
            case ValueRule.Fixed fixed -> type(f.points, fixed.points());
            case ValueRule.ReviewerRange r -> range(f.rangeMin, f.rangeMax, r.min(), r.max());
            case ValueRule.ByOption o -> options(f.options, o.options());
        }
        type(f.capCount, i.cap().maxCount());
        type(f.capPoints, i.cap().maxPoints());
        if (i.windowCap() != null) {
            type(f.window, i.windowCap().window());
            type(f.windowCount, i.windowCap().maxCount());
            type(f.windowPoints, i.windowCap().maxPoints());
        }
        type(f.recordedBy, i.recordedBy());
        type(f.evidenceRequired, i.evidenceRequired());
        type(f.reviewSteps, mapped(i.reviewStepIds(), stepIds));
        type(f.memberClasses, mapped(i.memberClassIds(), classIds));
        type(f.statuses, i.statuses());
        type(f.veto, i.veto());
        type(f.locked, i.locked());
    }

    private static void options(OptionsEditor editor, List<ValueOption> options) {
        while (editor.rows.size() < options.size()) {
            editor.add.click();
        }
        for (int k = 0; k < options.size(); k++) {
            ValueOption o = options.get(k);
            type(editor.rows.get(k).code(), o.code());
            type(editor.rows.get(k).label(), o.label());
            range(editor.rows.get(k).min(), editor.rows.get(k).max(), o.min(), o.max());
        }
    }

    private List<Category> childrenOf(String parentId) {
        return inOrder(template.categories().stream().filter(c -> Objects.equals(c.parentId(), parentId)).toList(),
                Category::order);
    }

    private List<Item> itemsOf(String categoryId) {
        return inOrder(template.items().stream().filter(i -> i.categoryId().equals(categoryId)).toList(),
                Item::order);
    }

    /** Display order: by {@code order}, equal ones as listed (a stable sort). */
    private static <T> List<T> inOrder(List<T> list, java.util.function.ToIntFunction<T> order) {
        return list.stream().sorted(Comparator.comparingInt(order)).toList();
    }

    static Set<String> mapped(Collection<String> ids, Map<String, String> ours) {
        Set<String> out = new LinkedHashSet<>();
        ids.forEach(id -> out.add(Objects.requireNonNull(ours.get(id), "nothing made yet for " + id)));
        return out;
    }

    // --- typing

    /** Types into a field, as a user does; a value already shown is left alone. */
    static <V> void type(HasValue<?, V> field, V value) {
        V shown = value == null ? field.getEmptyValue() : value;
        if (!Objects.equals(field.getValue(), shown)) {
            field.setValue(shown);
        }
    }

    /**
     * A lowest and highest value: the one that keeps min ≤ max at every step goes first (a form refuses a range whose
     * minimum is above its maximum, as a user would see when typing the other order).
     */
    static void range(HasValue<?, BigDecimal> min, HasValue<?, BigDecimal> max, BigDecimal low, BigDecimal high) {
        BigDecimal shownMax = max.getValue();
        if (low != null && shownMax != null && low.compareTo(shownMax) > 0) {
            type(max, high);
            type(min, low);
        } else {
            type(min, low);
            type(max, high);
        }
    }
}
