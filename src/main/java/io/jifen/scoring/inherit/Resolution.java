package io.jifen.scoring.inherit;

import io.jifen.scoring.model.SchemeVersion;
import java.util.List;

/**
 * The effective (flat) scheme of an extension plus every violation found. Changes that break a lock or close are
 * left out of {@code effective}; budget overruns stay in (the category cap still holds at run time) but are
 * reported. A scheme with violations must not be published.
 *
 * @param lineage version ids from the root down to the resolved version
 */
public record Resolution(SchemeVersion effective, List<Violation> violations, List<String> lineage) {

    public Resolution {
        violations = List.copyOf(violations);
        lineage = List.copyOf(lineage);
    }

    public boolean ok() {
        return violations.isEmpty();
    }
}
