package io.jifen.scoring.model;

import java.util.List;

/**
 * Review steps, publication window (公示, S8: 7 days) and the deadline to answer an objection (S8: 3 days). Stored with
 * the scheme; the engine does not execute it (only confirmed facts reach the engine).
 */
public record Workflow(List<ReviewStep> steps, int publicationWindowDays, int objectionAnswerDays) {

    public static final Workflow NONE = new Workflow(List.of(), 0, 0);

    public Workflow {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public record ReviewStep(String id, String name, String performerRole) {
    }
}
