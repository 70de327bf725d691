package io.jifen.scheme.designer.ui;

import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.WindowCap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The editable values of an {@link Item}: the form changes one, {@link #build()} makes the new record. */
final class ItemFields {

    /** The three ways an item's value is given. */
    enum ValueKind { FIXED, BY_OPTION, RANGE }

    String id;
    String categoryId;
    String name;
    ValueRule value;
    Integer capCount;
    BigDecimal capPoints;
    Set<Recorder> recordedBy;
    boolean evidenceRequired;
    List<String> reviewStepIds;
    Set<String> memberClassIds;
    Set<MemberStatus> statuses;
    boolean veto;
    boolean locked;
    int order;
    PeriodUnit window;
    Integer windowCount;
    BigDecimal windowPoints;

    static ItemFields of(Item i) {
        ItemFields f = new ItemFields();
        f.id = i.id();
        f.categoryId = i.categoryId();
        f.name = i.name();
        f.value = i.value();
        f.capCount = i.cap().maxCount();
        f.capPoints = i.cap().maxPoints();
        f.recordedBy = i.recordedBy();
        f.evidenceRequired = i.evidenceRequired();
        f.reviewStepIds = i.reviewStepIds();
        f.memberClassIds = i.memberClassIds();
        f.statuses = i.statuses();
        f.veto = i.veto();
        f.locked = i.locked();
        f.order = i.order();
        if (i.windowCap() != null) {
            f.window = i.windowCap().window();
            f.windowCount = i.windowCap().maxCount();
            f.windowPoints = i.windowCap().maxPoints();
        }
        return f;
    }

    Item build() {
        WindowCap windowCap = window == null ? null : new WindowCap(window, windowCount, windowPoints);
        return new Item(id, categoryId, name, value, new OccurrenceCap(capCount, capPoints), recordedBy,
                evidenceRequired, reviewStepIds, memberClassIds, statuses, veto, locked, order, windowCap);
    }

    static ValueKind kindOf(ValueRule value) {
        return switch (value) {
            case ValueRule.Fixed f -> ValueKind.FIXED;
            case ValueRule.ByOption o -> ValueKind.BY_OPTION;
            case ValueRule.ReviewerRange r -> ValueKind.RANGE;
        };
    }

    /** Another way of giving the value, keeping the largest value one occurrence could have. */
    void switchTo(ValueKind kind, String firstOptionLabel) {
        if (kind == null || kind == kindOf(value)) {
            return;
        }
        BigDecimal max = value.maxPerOccurrence();
        value = switch (kind) {
            case FIXED -> new ValueRule.Fixed(max);
            case BY_OPTION -> new ValueRule.ByOption(List.of(new ValueOption("O1", firstOptionLabel, max, max)));
            case RANGE -> new ValueRule.ReviewerRange(BigDecimal.ZERO, max);
        };
    }

    List<ValueOption> options() {
        return value instanceof ValueRule.ByOption o ? o.options() : List.of();
    }

    void options(List<ValueOption> options) {
        value = new ValueRule.ByOption(new ArrayList<>(options));
    }
}
