package io.jifen.scoring.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A 指标 / 积分项: one scoreable thing inside a category.
 *
 * @param memberClassIds classes the item applies to; empty means every class
 * @param statuses       member statuses the item applies to; empty means every status
 * @param reviewStepIds  review steps an entry must pass (ids of {@link Workflow} steps) — stored for the ledger
 * @param veto           一票否决: one confirmed entry forces the lowest tier (S10 违法/违纪/违规 → 不合格)
 * @param locked         a child scheme may not change or remove this item
 * @param windowCap      a further limit over a window longer than the assessed period (rule 1); null = none
 */
public record Item(String id, String categoryId, String name, ValueRule value, OccurrenceCap cap,
        Set<Recorder> recordedBy, boolean evidenceRequired, List<String> reviewStepIds, Set<String> memberClassIds,
        Set<MemberStatus> statuses, boolean veto, boolean locked, int order, WindowCap windowCap) {

    /** An item without window cap, as before rule 1. */
    public Item(String id, String categoryId, String name, ValueRule value, OccurrenceCap cap,
            Set<Recorder> recordedBy, boolean evidenceRequired, List<String> reviewStepIds,
            Set<String> memberClassIds, Set<MemberStatus> statuses, boolean veto, boolean locked, int order) {
        this(id, categoryId, name, value, cap, recordedBy, evidenceRequired, reviewStepIds, memberClassIds, statuses,
                veto, locked, order, null);
    }

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(value, "value");
        cap = cap == null ? OccurrenceCap.NONE : cap;
        recordedBy = recordedBy == null ? Set.of(Recorder.SECRETARY) : Set.copyOf(recordedBy);
        reviewStepIds = reviewStepIds == null ? List.of() : List.copyOf(reviewStepIds);
        memberClassIds = memberClassIds == null ? Set.of() : Set.copyOf(memberClassIds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static Item of(String id, String categoryId, String name, ValueRule value) {
        return new Item(id, categoryId, name, value, null, null, false, null, null, null, false, true, 0);
    }

    public static Item fixed(String id, String categoryId, String name, String points) {
        return of(id, categoryId, name, ValueRule.fixed(points));
    }

    public Item withCap(OccurrenceCap c) {
        return new Item(id, categoryId, name, value, c, recordedBy, evidenceRequired, reviewStepIds, memberClassIds,
                statuses, veto, locked, order, windowCap);
    }

    public Item asVeto() {
        return new Item(id, categoryId, name, value, cap, recordedBy, evidenceRequired, reviewStepIds, memberClassIds,
                statuses, true, locked, order, windowCap);
    }

    public Item recordedBy(Set<Recorder> who, boolean evidence, List<String> steps) {
        return new Item(id, categoryId, name, value, cap, who, evidence, steps, memberClassIds, statuses, veto, locked,
                order, windowCap);
    }

    public Item forClasses(String... classIds) {
        return new Item(id, categoryId, name, value, cap, recordedBy, evidenceRequired, reviewStepIds,
                Set.of(classIds), statuses, veto, locked, order, windowCap);
    }

    public Item forStatuses(MemberStatus... s) {
        return new Item(id, categoryId, name, value, cap, recordedBy, evidenceRequired, reviewStepIds, memberClassIds,
                Set.of(s), veto, locked, order, windowCap);
    }

    public Item unlocked() {
        return new Item(id, categoryId, name, value, cap, recordedBy, evidenceRequired, reviewStepIds, memberClassIds,
                statuses, veto, false, order, windowCap);
    }

    public Item withWindowCap(WindowCap w) {
        return new Item(id, categoryId, name, value, cap, recordedBy, evidenceRequired, reviewStepIds, memberClassIds,
                statuses, veto, locked, order, w);
    }

    public boolean appliesTo(String memberClassId, MemberStatus status) {
        return (memberClassIds.isEmpty() || memberClassIds.contains(memberClassId))
                && (statuses.isEmpty() || statuses.contains(status));
    }
}
