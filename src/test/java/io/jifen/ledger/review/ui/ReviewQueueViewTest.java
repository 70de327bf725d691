package io.jifen.ledger.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import io.jifen.ledger.Entry;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.review.QueueRow;
import io.jifen.ledger.review.ReviewService;
import io.jifen.ledger.review.ReviewSupport;
import io.jifen.ledger.review.TrailStep;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review queue as a department head and a secretary use it: open, see the photo, approve, batch, reject. */
class ReviewQueueViewTest extends KaribuTest {

    @Autowired
    ReviewSupport s10;
    @Autowired
    EvidenceService evidence;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDepartmentHeadApprovesAPhotoClaimAndTheSecretaryRejectsItWithAReason() {
        Branch b = s10.s10("QS");
        Member m = s10.member(b, "界面甲");
        Member n = s10.member(b, "界面乙");
        JifenUser claimant = s10.userOf(b, m);
        JifenUser head = s10.holding(b, b.branch(), "界面部长", "DEPARTMENT_HEAD");
        Entry photo = s10.claim(claimant, m);
        long file = evidence.attachFile(claimant, photo.getId(), "现场.jpg", "image/jpeg", ReviewSupport.JPEG).getId();
        Entry bare = s10.claim(s10.userOf(b, n), n);

        ReviewQueueView view = open(head);
        assertThat(view.counter.getText()).isEqualTo("待审核 2 条");
        assertThat(rows(view)).extracting(QueueRow::id).containsExactly(photo.getId(), bare.getId());
        view.open(row(view, photo));
        assertThat(_find(view.detail.evidenceList, Image.class)).singleElement()
                .satisfies(img -> assertThat(img.getSrc()).isEqualTo("evidence/" + file));
        ShortcutsKt._fireShortcut(view.grid, Key.ENTER, KeyModifier.CONTROL);

        assertThat(step(photo)).isEqualTo("COMMITTEE");
        assertThat(rows(view)).extracting(QueueRow::id).containsExactly(bare.getId());
        view.grid.select(row(view, bare));
        NotificationsKt.clearNotifications();
        view.approveSelected.click();
        assertThat(getNotifications()).anySatisfy(note -> assertThat(note.getElement().getProperty("text"))
                .contains("已通过 0 条，未通过 1 条").contains("须附证明材料"));
        MockVaadin.tearDown();

        view = open(b.secretary());
        view.open(row(view, photo));
        view.detail.reject.click();
        _get(TextArea.class, s -> s.withLabel("理由")).setValue("照片与任务不符");
        _get(Button.class, s -> s.withText("确认退回")).click();

        assertThat(jdbc.sql("select status from ledger_entry where id = ?").param(photo.getId()).query(String.class)
                .single()).isEqualTo("REJECTED");
        assertThat(reviews.trail(claimant, photo.getId())).extracting(TrailStep::reason)
                .containsExactly(null, "照片与任务不符");
        MockVaadin.tearDown();

        view = open(s10.s10("HN").admin());
        assertThat(rows(view)).extracting(QueueRow::id).doesNotContain(bare.getId());
    }

    private ReviewQueueView open(JifenUser user) {
        openAs(user);
        UI.getCurrent().navigate("review");
        return (ReviewQueueView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static List<QueueRow> rows(ReviewQueueView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }

    private static QueueRow row(ReviewQueueView view, Entry e) {
        return rows(view).stream().filter(r -> r.id() == e.getId()).findFirst().orElseThrow();
    }

    private String step(Entry e) {
        return jdbc.sql("select current_step from ledger_entry where id = ?").param(e.getId()).query(String.class)
                .single();
    }
}
