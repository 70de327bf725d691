package io.jifen.scoring.result;

import java.util.List;

/** Outcome of one eligibility rule for one year; {@code reasons} names each condition with pass/fail. */
public record EligibilityResult(String ruleId, String name, boolean eligible, List<Phrase> reasons) {

    public EligibilityResult {
        reasons = List.copyOf(reasons);
    }
}
