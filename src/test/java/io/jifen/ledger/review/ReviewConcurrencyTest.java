package io.jifen.ledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.Entry;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.shared.ConflictException;
import io.jifen.shared.Messages;
import io.jifen.testsupport.IntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two department heads approve the same entry at the same moment, on the real MariaDB: exactly one decision. */
class ReviewConcurrencyTest extends IntegrationTest {

    @Autowired
    ReviewSupport s10;
    @Autowired
    ReviewService reviews;
    @Autowired
    EvidenceService evidence;
    @Autowired
    Messages messages;

    @RepeatedTest(3)
    void twoSimultaneousApprovalsMakeOneDecision() throws Exception {
        Branch b = s10.s10("QS");
        Member m = s10.member(b, "并发申报");
        JifenUser claimant = s10.userOf(b, m);
        JifenUser head1 = s10.holding(b, b.branch(), "甲部长", "DEPARTMENT_HEAD");
        JifenUser head2 = s10.holding(b, b.branch(), "乙部长", "DEPARTMENT_HEAD");
        Entry e = s10.claim(claimant, m);
        evidence.attachFile(claimant, e.getId(), "p.jpg", "image/jpeg", ReviewSupport.JPEG);
        long version = s10.version(e.getId());

        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (JifenUser head : List.of(head1, head2)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        reviews.approve(head, e.getId(), version);
                    } catch (RuntimeException ex) {
                        failures.add(ex);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(s10.reviewRows(e.getId())).isEqualTo(1);
        assertThat(failures).singleElement().isInstanceOfSatisfying(ConflictException.class, ex -> {
            assertThat(ex.messageKey()).isEqualTo("review.error.alreadyDecided");
            assertThat(messages.getTranslation(ex.messageKey(), Messages.CHINESE)).contains("已");
        });
        assertThat(s10.version(e.getId())).isEqualTo(version + 1);
    }
}
