package io.jifen.todo.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.jifen.ledger.Entry;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.review.ReviewService;
import io.jifen.ledger.review.ReviewSupport;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.KaribuTest;
import io.jifen.todo.Todo;
import io.jifen.todo.TodoService;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10, in-app todos: a department head sees the two claims waiting for them in the header badge and in 我的待办,
 * with titles naming member, item and step; approving one brings the badge down after the next navigation; the
 * row's button leads to the review queue. A head in the other tenant sees only their own tenant's claim.
 */
class TodoViewTest extends KaribuTest {

    @Autowired
    ReviewSupport s10;
    @Autowired
    ReviewService reviews;
    @Autowired
    EvidenceService evidence;
    @Autowired
    TodoBadges badges;
    @Autowired
    TodoService todos;

    @Test
    void aReviewerSeesTheirCountInTheBadgeAndTheirTodosInTheList() {
        Branch qs = s10.s10("QS");
        JifenUser head = s10.holding(qs, qs.branch(), "待办部长", "DEPARTMENT_HEAD");
        Entry first = claim(qs, "待办甲");
        Entry second = claim(qs, "待办乙");
        Branch hn = s10.s10("HN");
        JifenUser hnHead = s10.holding(hn, hn.branch(), "外省部长", "DEPARTMENT_HEAD");
        Entry foreign = claim(hn, "外省丙");

        openAs(head);
        TodoBadge badge = badges.create();
        UI.getCurrent().add(badge);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.count.getText()).isEqualTo("2");

        UI.getCurrent().navigate("todos");
        TodoView view = _get(TodoView.class);
        assertThat(view.counter.getText()).isEqualTo("共 2 项待办");
        List<Todo> rows = rows(view);
        assertThat(rows).extracting(Todo::id).containsExactly("review:" + first.getId() + ":DEPT-HEAD",
                "review:" + second.getId() + ":DEPT-HEAD");
        assertThat(rows).extracting(view::title).containsExactly(
                "待办甲申报的“岗位工作任务完成情况（自评，部门负责人签注）”待部门负责人签注",
                "待办乙申报的“岗位工作任务完成情况（自评，部门负责人签注）”待部门负责人签注");
        assertThat(rows).allSatisfy(t -> assertThat(t.assignee().unitName()).isEqualTo(qs.group().getName()));
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("审核");

        reviews.approve(head, first.getId(), s10.version(first.getId()));
        UI.getCurrent().navigate("todos");
        assertThat(badge.count.getText()).as("read again after the navigation").isEqualTo("1");
        view = _get(TodoView.class);
        assertThat(rows(view)).extracting(Todo::id).containsExactly("review:" + second.getId() + ":DEPT-HEAD");

        ((Button) GridKt._getCellComponent(view.grid, 0, "action")).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("review");

        // the other tenant's head: their own claim only, and none of QS's
        assertThat(todos.page(hnHead, 0, 50)).extracting(Todo::id)
                .containsExactly("review:" + foreign.getId() + ":DEPT-HEAD");
        assertThat(todos.count(hnHead)).isEqualTo(1);
        assertThat(todos.page(head, 0, 50)).extracting(Todo::id)
                .doesNotContain("review:" + foreign.getId() + ":DEPT-HEAD");
    }

    private Entry claim(Branch b, String name) {
        Member m = s10.member(b, name);
        JifenUser claimant = s10.userOf(b, m);
        Entry e = s10.claim(claimant, m);
        evidence.attachFile(claimant, e.getId(), "照片.jpg", "image/jpeg", ReviewSupport.JPEG);
        return e;
    }

    private static List<Todo> rows(TodoView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }
}
