package io.jifen.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreBoard.Sort;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.statement.StatementService;
import io.jifen.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * S8: one assembly activity for 40 attendees → the quarter's ranks stored and shown; a member of a class the
 * scheme does not know is listed as not scored; a transferred-out member's base follows the roster's dates.
 */
class S8QuarterRanksTest extends IntegrationTest {

    static final LocalDate Q1 = LocalDate.of(2026, 1, 1);

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    ScoreTestLedger review;
    @Autowired
    ScoreBoard board;
    @Autowired
    ScoreService scores;
    @Autowired
    StatementService statements;
    @Autowired
    ScoreExport export;

    @Test
    void fortyAttendeesGetQuarterRanksStoredAndShown() throws java.io.IOException {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        List<Member> members = new ArrayList<>();
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Member m = fixture.member(b, i % 2 == 0 ? b.group() : b.branch(), "党员" + i, "ORDINARY");
            members.add(m);
            drafts.add(new EntryDraft(m.getId(), "CONTRIB-DEED", null, BigDecimal.valueOf(i + 1), 1,
                    LocalDate.of(2026, 3, 12), "支部党员大会", null));
        }
        Member stranger = fixture.member(b, b.group(), "类别不符", "S9-STAFF");
        List<Entry> stored = ledger.record(b.secretary(), EntrySource.BULK, drafts).entries();
        review.confirmedAsRecorded(stored.getFirst().getId());

        List<Line> page = board.page(b.secretary(), new Query(b.branch().getId(), Level.PERIOD, Q1, null, null,
                Sort.RANK), 0, 50);
        assertThat(page).hasSize(40);
        assertThat(page.getFirst().row().memberId()).isEqualTo(members.getLast().getId());
        assertThat(page.getFirst().row().unitRank()).isEqualTo(1);
        assertThat(page.getFirst().row().unitSize()).isEqualTo(40);
        assertThat(page.getFirst().row().total()).isEqualByComparingTo("100"); // 80 + 40 under the cap of 100
        assertThat(page.getFirst().row().reward()).isEqualByComparingTo("20");
        assertThat(page.getLast().row().memberId()).isEqualTo(members.getFirst().getId());
        assertThat(page.getLast().row().unitRank()).isEqualTo(40);
        assertThat(page.getLast().row().subtotals().get("CONTRIB")).isEqualByComparingTo("1");
        assertThat(page).extracting(l -> l.row().memberId()).doesNotContain(stranger.getId());

        var out = new java.io.ByteArrayOutputStream();
        var layout = scores.layout(b.secretary(), b.branch().getId(), Q1).orElseThrow();
        export.write(b.secretary(), new Query(b.branch().getId(), Level.PERIOD, Q1, null, null, Sort.RANK),
                layout.categories(), Locale.CHINA, out);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(40);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("贡献加分");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("党员39");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
        }

        var second = board.page(b.secretary(), new Query(b.branch().getId(), Level.PERIOD, Q1, null, null,
                Sort.RANK), 1, 1);
        assertThat(second.getFirst().row().unitRank()).isEqualTo(2);
        // the 党小组's board: its 20 members in rank order, each with the rank it has in the whole 支部 (even ranks)
        List<Line> group = board.page(b.secretary(), new Query(b.group().getId(), Level.PERIOD, Q1, null, null,
                Sort.RANK), 0, 50);
        assertThat(group).extracting(l -> l.row().unitRank())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).map(k -> 2 * k).boxed()
                        .toList());
        assertThat(group).allSatisfy(l -> assertThat(l.row().unitSize()).isEqualTo(40));
        assertThat(board.page(b.secretary(), new Query(b.group().getId(), Level.PERIOD, Q1, null, null,
                Sort.TOTAL), 3, 2)).extracting(l -> l.row().unitRank()).containsExactly(8, 10);
        var evaluation = scores.recomputeUnit(b.secretary(), b.group().getId(), Q1).orElseThrow();
        assertThat(evaluation.notScored()).singleElement().satisfies(n -> {
            assertThat(n.memberId()).isEqualTo(stranger.getId());
            assertThat(n.reasonKey()).isEqualTo("score.notScored.unknownClass");
        });
        var s = statements.statement(b.secretary(), stranger.getId(), Level.PERIOD, Q1, Locale.CHINA).orElseThrow();
        assertThat(s.notScored()).isEqualTo("党员类别“S9-STAFF”不在本方案的类别中，不计分");
    }

    @Test
    void aTransferredOutMemberIsScoredForTheirMemberDaysOnly() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "转出者", "ORDINARY");
        Member stays = fixture.member(b, b.group(), "留下者", "ORDINARY");
        // out on 16 February: 1 January to 15 February are member days (46 of Q1's 90)
        review.transferOut(m, LocalDate.of(2026, 2, 16));
        Entry e = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(new EntryDraft(stays.getId(),
                "CONTRIB-DEED", null, BigDecimal.TEN, 1, LocalDate.of(2026, 2, 3), null, null))).entries().getFirst();
        review.confirmedAsRecorded(e.getId());

        List<Line> page = board.page(b.admin(), new Query(b.branch().getId(), Level.PERIOD, Q1, null, null,
                Sort.TOTAL), 0, 50);
        Line out = page.stream().filter(l -> l.row().memberId() == m.getId()).findFirst().orElseThrow();
        assertThat(out.row().base()).isEqualByComparingTo(new BigDecimal("80").multiply(BigDecimal.valueOf(46))
                .divide(BigDecimal.valueOf(90), 2, java.math.RoundingMode.HALF_UP));
        assertThat(page.stream().filter(l -> l.row().memberId() == stays.getId()).findFirst().orElseThrow().row()
                .total()).isEqualByComparingTo("90");
        assertThat(board.page(b.admin(), new Query(b.branch().getId(), Level.PERIOD, LocalDate.of(2026, 4, 1),
                null, null, Sort.TOTAL), 0, 50)).extracting(l -> l.row().memberId()).doesNotContain(m.getId());
    }

    @Test
    void onlyManagersOfTheUnitRecompute() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Branch other = fixture.branch("HN", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "成员", "ORDINARY");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scores.recomputeUnit(other.admin(),
                b.branch().getId(), Q1)).isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scores.recomputeUnit(fixture.userOf(b, m),
                b.branch().getId(), Q1)).isInstanceOf(AccessDeniedException.class);
        assertThat(scores.recomputeUnit(b.admin(), b.branch().getId(), Q1)).isPresent();
    }
}
