package io.jifen.ledger.flow;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static io.jifen.ledger.flow.Peek.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.jifen.ledger.Entry;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.review.QueueRow;
import io.jifen.ledger.review.ReviewSupport;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue's refusals as a reviewer meets them on the page: a secretary cannot approve their own claim, and an
 * evidence-required item without evidence cannot be approved; both say why, and the entry stays where it was.
 */
class ReviewRefusalsFlowTest extends KaribuTest {

    @Autowired
    ReviewSupport s10;
    @Autowired
    EvidenceService evidence;

    @Test
    void theSecretaryCannotApproveTheirOwnClaimAndNoOneCanApproveWithoutEvidence() {
        Branch b = s10.s10("QS");
        JifenUser head = s10.holding(b, b.branch(), "审核部长", "DEPARTMENT_HEAD");
        Member self = s10.secretaryAsMember(b);
        Entry own = s10.claim(b.secretary(), self);
        evidence.attachFile(b.secretary(), own.getId(), "现场.jpg", "image/jpeg", ReviewSupport.JPEG);
        Member m = s10.member(b, "无证明");
        Entry bare = s10.claim(s10.userOf(b, m), m);

        openAs(head);
        Object queue = Peek.navigate("review");
        approveInDetail(queue, own.getId());
        assertThat(s10.status(own.getId())).isEqualTo("PENDING");
        approveInDetail(queue, bare.getId());
        assertThat(notes()).anySatisfy(t -> assertThat(t).contains("须附证明材料"));
        assertThat(s10.reviewRows(bare.getId())).isZero();
        MockVaadin.tearDown();

        // the committee step falls to the secretary, who claimed it: nothing to decide for them
        openAs(b.secretary());
        queue = Peek.navigate("review");
        Grid<QueueRow> grid = field(queue, "grid");
        long before = s10.reviewRows(own.getId());
        // the queue does not offer one's own entry at all (ReviewQueue filters recorder and self member)
        assertThat(grid.getLazyDataView().getItems().map(QueueRow::id)).doesNotContain(own.getId());
        assertThat(s10.status(own.getId())).isEqualTo("PENDING");
        assertThat(s10.reviewRows(own.getId())).isEqualTo(before);
    }

    private static void approveInDetail(Object queue, long id) {
        Grid<QueueRow> grid = field(queue, "grid");
        QueueRow row = grid.getLazyDataView().getItems().filter(r -> r.id() == id).findFirst().orElseThrow();
        NotificationsKt.clearNotifications();
        Peek.call(queue, "open", row);
        ((Button) field(field(queue, "detail"), "approve")).click();
    }

    private static java.util.List<String> notes() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text") + " "
                + n.getElement().getTextRecursively()).toList();
    }
}
