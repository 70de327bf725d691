package io.jifen.scheme.trial;

import java.math.BigDecimal;
import java.util.List;

/**
 * A saved case run against a version: each expectation with what the engine gave, or the refusal that kept the case
 * from running at all (a member class the scheme no longer has).
 *
 * @param errorKey message key of that refusal, null when the case ran
 */
public record CaseOutcome(Long caseId, String name, List<Checked> expectations, String errorKey,
        List<Object> errorArguments) {

    public CaseOutcome {
        expectations = List.copyOf(expectations);
        errorArguments = errorArguments == null ? List.of() : List.copyOf(errorArguments);
    }

    public boolean passed() {
        return errorKey == null && expectations.stream().allMatch(Checked::passed);
    }

    /** One expectation and the engine's answer; a missing answer (no such period) is null and fails. */
    public record Checked(Expectation expected, BigDecimal actualTotal, String actualTierId, String actualTierName) {

        public boolean totalPassed() {
            return expected.total() == null
                    || actualTotal != null && expected.total().compareTo(actualTotal) == 0;
        }

        public boolean tierPassed() {
            return expected.tierId() == null || expected.tierId().equals(actualTierId);
        }

        public boolean passed() {
            return totalPassed() && tierPassed();
        }
    }
}
