package io.jifen.scheme.designer;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;

/** A version with one of its lists replaced. */
public final class Versions {

    private Versions() {
    }

    public static SchemeVersion withCategories(SchemeVersion v, List<Category> categories) {
        return new SchemeVersion(v.id(), v.schemeId(), v.name(), v.version(), v.parentVersionId(), v.effectiveFrom(),
                v.periodRule(), v.memberClasses(), categories, v.items(), v.tierSchemes(), v.eligibilityRules(),
                v.consequenceRules(), v.workflow(), v.unlockedParts(), v.removedIds(), v.ranking());
    }

    public static SchemeVersion withItems(SchemeVersion v, List<Item> items) {
        return new SchemeVersion(v.id(), v.schemeId(), v.name(), v.version(), v.parentVersionId(), v.effectiveFrom(),
                v.periodRule(), v.memberClasses(), v.categories(), items, v.tierSchemes(), v.eligibilityRules(),
                v.consequenceRules(), v.workflow(), v.unlockedParts(), v.removedIds(), v.ranking());
    }
}
