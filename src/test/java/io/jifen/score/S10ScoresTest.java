package io.jifen.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreBoard.Sort;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.statement.Statement;
import io.jifen.score.statement.Statement.EntryLine;
import io.jifen.score.statement.StatementService;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * S10 at service level: a secretary's meetings (above the 学习教育 cap) and a member's claim of 争创佳绩 approved by
 * the department head and the committee; the board follows the confirmation event, the statement names the entry,
 * the cap, the approver and the rule version; a reversal cancels an entry and both stay visible.
 */
class S10ScoresTest extends IntegrationTest {

    static final LocalDate YEAR = LocalDate.of(2026, 1, 1);

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    ScoreTestLedger review;
    @Autowired
    ScoreBoard board;
    @Autowired
    StatementService statements;
    @Autowired
    ScoreStore store;

    @Test
    void anApprovedClaimReachesTheBoardAndTheStatementNamesEntryCapApproverAndVersion() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "周管道", "S10-ALL");
        List<Entry> meetings = meetings(b, m, 12);
        assertThat(meetings).allMatch(e -> e.getStatus() == EntryStatus.CONFIRMED);
        review.confirmedAsRecorded(meetings.getLast().getId());
        assertThat(total(b, m)).isEqualByComparingTo("33"); // 12 × 3 = 36, capped at 33

        Entry claim = ledger.record(fixture.userOf(b, m), EntrySource.SELF_CLAIM, List.of(new EntryDraft(m.getId(),
                "ACHIEVE-TASK", null, new BigDecimal("18"), 1, LocalDate.of(2026, 6, 30), "完成管线巡检任务", null)))
                .entries().getFirst();
        assertThat(claim.getStatus()).isEqualTo(EntryStatus.PENDING);
        review.approve(claim.getId(), "DEPT-HEAD", "dept.head.wang");
        assertThat(total(b, m)).as("pending: not counted yet").isEqualByComparingTo("33");
        review.approveLast(claim.getId(), "COMMITTEE", "committee.li");

        assertThat(total(b, m)).as("after EntryConfirmed").isEqualByComparingTo("51");
        Statement s = statement(fixture.userOf(b, m), m);
        assertThat(s.ruleVersion()).isEqualTo(b.scheme().getCode() + "-v1");
        assertThat(s.schemeName()).isEqualTo(b.scheme().getName());
        assertThat(s.summary().total()).isEqualByComparingTo("51");
        assertThat(s.summary().tier()).isEqualTo("不合格");
        assertThat(s.summary().rank()).isEqualTo("支部内第 1 名（共 1 人）");
        var study = s.sections().getFirst().categories().stream().filter(c -> c.categoryId().equals("STUDY"))
                .findFirst().orElseThrow();
        assertThat(study.capNote()).isEqualTo("上限 33 分，超出 3 分不计");
        EntryLine achieved = s.sections().getFirst().items().stream().filter(i -> i.itemId().equals("ACHIEVE-TASK"))
                .findFirst().orElseThrow().entries().getFirst();
        assertThat(achieved.entryId()).isEqualTo(claim.getId());
        assertThat(achieved.basis()).isEqualTo("完成管线巡检任务");
        assertThat(achieved.source()).isEqualTo("个人申报");
        assertThat(achieved.approvals()).hasSize(2);
        assertThat(achieved.approvals().getFirst()).startsWith("部门负责人签注：dept.head.wang 于 ");
        assertThat(achieved.approvals().getLast()).startsWith("支委会初评：committee.li 于 ");
    }

    @Test
    void aReversalCancelsTheEntryAndTheStatementShowsBoth() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "吴冲正", "S10-ALL");
        List<Entry> meetings = meetings(b, m, 3);
        review.confirmedAsRecorded(meetings.getLast().getId());
        assertThat(total(b, m)).isEqualByComparingTo("9");

        long reversal = review.reverse(meetings.getFirst().getId(), "重复录入", b.secretary().username());

        assertThat(total(b, m)).isEqualByComparingTo("6");
        Statement s = statement(b.secretary(), m);
        assertThat(s.reversals()).extracting(EntryLine::entryId)
                .containsExactly(meetings.getFirst().getId(), reversal);
        assertThat(s.reversals().getFirst().mark()).contains("#" + reversal).contains("重复录入");
        assertThat(s.reversals().getLast().mark()).contains("#" + meetings.getFirst().getId());
        assertThat(s.sections().getFirst().items().getFirst().entries()).extracting(EntryLine::entryId)
                .doesNotContain(meetings.getFirst().getId()).hasSize(2);
    }

    @Test
    void statementAndBoardAreScoped() {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Branch other = fixture.branch("HN", "s10-guandao-gongsi");
        Member m = fixture.member(b, b.group(), "郑范围", "S10-ALL");
        Member neighbour = fixture.member(b, b.group(), "王邻居", "S10-ALL");
        review.confirmedAsRecorded(meetings(b, m, 1).getFirst().getId());

        assertThat(statements.statement(fixture.userOf(b, m), m.getId(), Level.YEAR, YEAR, Locale.CHINA)).isPresent();
        assertThat(statements.statement(b.secretary(), m.getId(), Level.YEAR, YEAR, Locale.CHINA)).isPresent();
        assertThat(statements.statement(b.admin(), m.getId(), Level.YEAR, YEAR, Locale.CHINA)).isPresent();
        assertThat(statements.statement(fixture.userOf(b, neighbour), m.getId(), Level.YEAR, YEAR, Locale.CHINA))
                .isEmpty();
        assertThat(statements.statement(other.secretary(), m.getId(), Level.YEAR, YEAR, Locale.CHINA)).isEmpty();
        assertThat(statements.statement(other.admin(), m.getId(), Level.YEAR, YEAR, Locale.CHINA)).isEmpty();
        assertThat(statements.statement(b.secretary(), Long.MAX_VALUE, Level.YEAR, YEAR, Locale.CHINA)).isEmpty();

        Query q = new Query(b.branch().getId(), Level.YEAR, YEAR, null, null, Sort.TOTAL);
        assertThat(board.page(b.secretary(), q, 0, 50)).extracting(l -> l.row().memberId()).contains(m.getId());
        assertThat(board.page(other.admin(), q, 0, 50)).isEmpty();
        assertThat(board.page(other.secretary(), q, 0, 50)).isEmpty();
        assertThat(board.page(fixture.userOf(b, m), q, 0, 50)).isEmpty();
    }

    private List<Entry> meetings(Branch b, Member m, int n) {
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(new EntryDraft(m.getId(), "STUDY-MEETING", null, null, 1, LocalDate.of(2026, 1 + i % 10,
                    10 + i / 10), "三会一课", null));
        }
        return ledger.record(b.secretary(), EntrySource.SECRETARY, drafts).entries();
    }

    private BigDecimal total(Branch b, Member m) {
        return board.page(b.secretary(), new Query(b.branch().getId(), Level.YEAR, YEAR, null, m.getName(),
                Sort.TOTAL), 0, 10).stream().map(l -> l.row().total()).findFirst().orElse(null);
    }

    private Statement statement(JifenUser user, Member m) {
        return statements.statement(user, m.getId(), Level.PERIOD, YEAR, Locale.CHINA).orElseThrow();
    }
}
