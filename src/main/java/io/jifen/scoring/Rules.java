package io.jifen.scoring;

import io.jifen.scoring.result.RuleRef;
import io.jifen.scoring.result.RuleRef.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interned rule lists for one evaluation: every explained number of every member that cites "item X, category Y"
 * shares one immutable list instead of carrying its own copy (issue 3: 100,000 members).
 */
final class Rules {

    private final Map<List<RuleRef>, List<RuleRef>> interned = new HashMap<>();

    /** One shared immutable list equal to {@code List.of(refs)}. */
    List<RuleRef> of(RuleRef... refs) {
        return interned.computeIfAbsent(List.of(refs), k -> k);
    }

    List<RuleRef> item(String itemId) {
        return of(RuleRef.of(Kind.ITEM, itemId));
    }

    List<RuleRef> itemCountCap(String itemId) {
        return of(RuleRef.of(Kind.ITEM, itemId), RuleRef.of(Kind.ITEM_COUNT_CAP, itemId));
    }

    List<RuleRef> itemPointsCap(String itemId) {
        return of(RuleRef.of(Kind.ITEM, itemId), RuleRef.of(Kind.ITEM_POINTS_CAP, itemId));
    }

    List<RuleRef> itemBothCaps(String itemId) {
        return of(RuleRef.of(Kind.ITEM, itemId), RuleRef.of(Kind.ITEM_COUNT_CAP, itemId),
                RuleRef.of(Kind.ITEM_POINTS_CAP, itemId));
    }

    /** {@code refs} followed by the item's window cap (rule 1). */
    List<RuleRef> withWindowCap(List<RuleRef> refs, String itemId) {
        RuleRef[] all = refs.toArray(new RuleRef[refs.size() + 1]);
        all[refs.size()] = RuleRef.of(Kind.ITEM_WINDOW_CAP, itemId);
        return of(all);
    }

    List<RuleRef> itemInCategory(String itemId, String categoryId) {
        return of(RuleRef.of(Kind.ITEM, itemId), RuleRef.of(Kind.CATEGORY, categoryId));
    }
}
