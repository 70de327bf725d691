package io.jifen.ledger;

import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review steps an entry still has to pass, from the item's steps in the scheme's workflow and the way it came
 * in. Recording is itself a decision of whoever records: a claim is the member's self-assessment (自评), a group
 * leader's supplement is the group's step, and a secretary's entry (single, bulk, import, OA) is the branch's. Steps
 * above the branch (a department head's sign-off, a general branch or township) stay. An entry someone claims for
 * themselves, or a group leader adds, always passes at least one reviewer: {@link #DEFAULT_STEP}, the branch.
 */
final class ReviewPlan {

    /** The step a claim or supplement gets when its item names none: review by the branch secretary. */
    static final ReviewStep DEFAULT_STEP = new ReviewStep("BRANCH-REVIEW", null, "SECRETARY");

    private static final Set<String> BRANCH_ROLES = Set.of("SECRETARY", "BRANCH_COMMITTEE", "GENERAL_ASSEMBLY",
            "REVIEW_PANEL");

    private ReviewPlan() {
    }

    /** The steps left, in workflow order; empty means the entry is confirmed as recorded. */
    static List<ReviewStep> remaining(Item item, Workflow workflow, EntrySource source) {
        Map<String, ReviewStep> byId = workflow.steps().stream()
                .collect(Collectors.toMap(ReviewStep::id, Function.identity()));
        List<ReviewStep> left = item.reviewStepIds().stream().map(byId::get)
                .filter(s -> s != null && !doneByRecording(s.performerRole(), source)).toList();
        boolean ownOrGroup = source == EntrySource.SELF_CLAIM || source == EntrySource.GROUP_LEADER;
        return left.isEmpty() && ownOrGroup ? List.of(DEFAULT_STEP) : left;
    }

    /** The step after {@code current}, or null when it was the last. */
    static ReviewStep after(String current, Item item, Workflow workflow, EntrySource source) {
        List<ReviewStep> steps = remaining(item, workflow, source);
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).id().equals(current)) {
                return steps.get(i + 1);
            }
        }
        return null;
    }

    /** The step an entry waits for, by id (the default step included). */
    static ReviewStep step(String id, Workflow workflow) {
        if (DEFAULT_STEP.id().equals(id)) {
            return DEFAULT_STEP;
        }
        return workflow.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean doneByRecording(String role, EntrySource source) {
        return switch (source) {
            case SELF_CLAIM -> "MEMBER".equals(role);
            case GROUP_LEADER -> "MEMBER".equals(role) || "GROUP_LEADER".equals(role);
            default -> "MEMBER".equals(role) || "GROUP_LEADER".equals(role) || BRANCH_ROLES.contains(role);
        };
    }
}
