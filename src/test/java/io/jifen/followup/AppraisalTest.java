package io.jifen.followup;

import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Base of the follow-up and honour tests: the real database and the demo data as every integration test, with a
 * clock the test sets (one context shared by these tests).
 */
@Import({MovableClock.Config.class})
public abstract class AppraisalTest extends KaribuTest {

    @Autowired
    protected MovableClock clock;
    @Autowired
    protected AppraisalFixture appraisal;
}
