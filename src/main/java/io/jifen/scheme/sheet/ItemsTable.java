package io.jifen.scheme.sheet;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import java.util.function.UnaryOperator;

/** The categories and items read from a workbook: what an import puts in place of the draft's. */
public record ItemsTable(List<Category> categories, List<Item> items) {

    public ItemsTable {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
    }

    /** The draft with this table instead of its own; every other part stays as it is. */
    public SchemeVersion applyTo(SchemeVersion d) {
        return new SchemeVersion(d.id(), d.schemeId(), d.name(), d.version(), d.parentVersionId(), d.effectiveFrom(),
                d.periodRule(), d.memberClasses(), categories, items, d.tierSchemes(), d.eligibilityRules(),
                d.consequenceRules(), d.workflow(), d.unlockedParts(), d.removedIds(), d.ranking());
    }

    /** The import as one designer edit (one undo step). */
    public UnaryOperator<SchemeVersion> asEdit() {
        return this::applyTo;
    }
}
