package io.jifen.scheme.validation;

import static io.jifen.scheme.validation.Issues.at;
import static io.jifen.scheme.validation.Issues.scheme;

import io.jifen.scoring.inherit.Resolution;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.inherit.Violation;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Sign;
import java.math.BigDecimal;

/** Turns {@link SchemeResolver}'s violations into issues with paths into the extension's document. */
final class Inheritance {


    private Inheritance() {
    }

    static void check(SchemeVersion child, SchemeVersion parent, Issues out) {
        Resolution r;
        try {
            r = SchemeResolver.resolve(parent, child);
        } catch (IllegalArgumentException e) {
            out.error(scheme("parentVersionId"), "inheritance.parentNotEffective", parent.id());
            return;
        }
        for (Violation v : r.violations()) {
            String ref = v.ref();
            String id = ref.contains(":") ? ref.substring(ref.indexOf(':') + 1) : ref;
            Integer cat = ref.startsWith("category:") ? SchemeValidator.indexOf(child.categories(), Category::id, id)
                    : null;
            Integer item = ref.startsWith("item:") ? SchemeValidator.indexOf(child.items(), Item::id, id) : null;
            String element = cat != null ? at("categories", cat) : item != null ? at("items", item) : scheme("id");
            switch (v.code()) {
                case WRONG_PARENT -> out.error(scheme("parentVersionId"), "inheritance.wrongParent",
                        child.parentVersionId(), parent.id());
                case LOCKED_CHANGED -> out.error(element + ".id", "inheritance.lockedChanged", id);
                case LOCKED_REMOVED -> out.error(removed(child, id), "inheritance.lockedRemoved", id);
                case UNKNOWN_REMOVED -> out.error(removed(child, id), "inheritance.unknownRemoved", id);
                case ADDED_UNDER_CLOSED_CATEGORY -> {
                    String target = cat != null ? child.categories().get(cat).parentId()
                            : item != null ? child.items().get(item).categoryId() : null;
                    out.error(element + (cat != null ? ".parentId" : ".categoryId"),
                            "inheritance.addedUnderClosedCategory", id, target);
                }
                case ADDED_AT_TOP_LEVEL -> out.error(element + ".parentId", "inheritance.addedAtTopLevel", id);
                case UNKNOWN_CATEGORY -> {
                    if (cat != null) {
                        out.error(element + ".parentId", "category.unknownParent",
                                child.categories().get(cat).parentId());
                    } else if (item != null) {
                        out.error(element + ".categoryId", "item.unknownCategory", child.items().get(item).categoryId());
                    } else {
                        out.error(scheme("id"), "inheritance.other", v.detail());
                    }
                }
                case PART_LOCKED -> {
                    SchemePart part = SchemePart.valueOf(id);
                    out.error(partPath(part), "inheritance.partLocked", part);
                }
                case BUDGET_EXCEEDED -> budget(child, parent, id, v.detail().operands().getFirst(), out);
            }
        }
    }

    private static void budget(SchemeVersion child, SchemeVersion parent, String categoryId, Object reach,
            Issues out) {
        Category granted = parent.categories().stream().filter(c -> c.id().equals(categoryId)).findFirst()
                .orElse(null);
        BigDecimal budget = granted == null ? null : granted.sign() == Sign.NEGATIVE && granted.cap().min() != null
                ? granted.cap().min().abs() : granted.cap().max();
        // point at what the extension put there: its first item in the category, else its first sub-category
        Integer item = null;
        for (int i = 0; i < child.items().size() && item == null; i++) {
            if (child.items().get(i).categoryId().equals(categoryId)) {
                item = i;
            }
        }
        String path;
        if (item != null) {
            path = at("items", item) + ".categoryId";
        } else {
            Integer cat = null;
            for (int i = 0; i < child.categories().size() && cat == null; i++) {
                Category c = child.categories().get(i);
                if (categoryId.equals(c.parentId()) || c.id().equals(categoryId)) {
                    cat = i;
                }
            }
            path = cat == null ? scheme("items") : at("categories", cat);
        }
        out.error(path, "inheritance.budgetExceeded", granted == null ? categoryId : granted.name(), reach, budget);
    }

    private static String removed(SchemeVersion child, String id) {
        int k = child.removedIds().indexOf(id);
        return k < 0 ? scheme("removedIds") : scheme("removedIds[" + k + "]");
    }

    private static String partPath(SchemePart part) {
        return scheme(switch (part) {
            case PERIOD_RULE -> "periodRule";
            case MEMBER_CLASSES -> "memberClasses";
            case TIER_SCHEMES -> "tierSchemes";
            case ELIGIBILITY_RULES -> "eligibilityRules";
            case CONSEQUENCE_RULES -> "consequenceRules";
            case WORKFLOW -> "workflow";
            case RANKING -> "ranking";
        });
    }
}
