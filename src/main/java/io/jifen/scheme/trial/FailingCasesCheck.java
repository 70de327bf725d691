package io.jifen.scheme.trial;

import io.jifen.scheme.PublishCheck;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Publishing is refused while any saved test case of the scheme fails on the version to publish: the cases are the
 * admin's own statement of what the rules must give.
 */
@Component
class FailingCasesCheck implements PublishCheck {

    private final SchemeTestCases cases;

    FailingCasesCheck(SchemeTestCases cases) {
        this.cases = cases;
    }

    /** {@code SchemeService.publish} has reached the version within the user's scope before it asks. */
    @Override
    public void beforePublish(JifenUser user, SchemeVersionRecord version, SchemeVersion effective) {
        List<String> failing = cases.outcomes(version.getScheme(), effective).stream()
                .filter(o -> !o.passed()).map(CaseOutcome::name).toList();
        if (!failing.isEmpty()) {
            throw new UserFacingException("trial.publish.failingCases", failing.size(),
                    String.join("”, “", failing));
        }
    }
}
