package io.jifen.scheme.document;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import java.util.List;
import java.util.Set;

/** Small builders shared by the seed template sources (S1–S5, S7). */
final class Seeds {

    private Seeds() {
    }

    static Category cat(String id, String parent, String name, CategoryKind kind, Cap cap, int order) {
        return new Category(id, parent, name, kind, null, cap, null, false, true, order);
    }

    static Item fixed(String id, String cat, String name, String points, int order) {
        return item(id, cat, name, ValueRule.fixed(points), null, order);
    }

    static Item fixed(String id, String cat, String name, String points, Integer maxCount, int order) {
        return item(id, cat, name, ValueRule.fixed(points), maxCount == null ? null : OccurrenceCap.count(maxCount),
                order);
    }

    static Item range(String id, String cat, String name, String min, String max, int order) {
        return item(id, cat, name, ValueRule.range(min, max), null, order);
    }

    static Item item(String id, String cat, String name, ValueRule value, OccurrenceCap cap, int order) {
        return new Item(id, cat, name, value, cap, null, false, null, null, null, false, true, order);
    }

    /** The same item, claimed by the member (or group leader) with evidence, through the given review steps. */
    static Item claimed(Item i, String... steps) {
        return i.recordedBy(Set.of(Recorder.SELF_CLAIM, Recorder.SECRETARY), true, List.of(steps));
    }

    static ValueOption opt(String code, String label, String points) {
        return ValueOption.fixed(code, label, points);
    }

    static ConsequenceRule rule(String id, String name, Level level, ConsequenceTrigger trigger, String action,
            String performer, FollowUp.Due due, Integer days) {
        return new ConsequenceRule(id, name, level, trigger, null, new FollowUp(action, performer, name, due, days));
    }
}
