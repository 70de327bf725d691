package io.jifen.printable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.score.ScoreBoard.Query;
import io.jifen.score.ScoreBoard.Sort;
import io.jifen.score.ScoreRow.Level;
import io.jifen.score.ScoreTestLedger;
import io.jifen.score.statement.Statement;
import io.jifen.score.statement.StatementService;
import io.jifen.shared.InvalidInputException;
import io.jifen.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The printables from real scores (S10 on the embedded MariaDB): the 公示 sheet and the ledger card carry the
 * members' names and items, the organization's template is stored per unit and filled, and another tenant gets
 * nothing — a foreign unit id answers as a missing one.
 */
class PrintableServicesTest extends IntegrationTest {

    static final LocalDate YEAR = LocalDate.of(2026, 1, 1);
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    ScoreTestLedger review;
    @Autowired
    StatementService statements;
    @Autowired
    PublicitySheets sheets;
    @Autowired
    WorkbookTemplates templates;

    @Test
    void publicitySheetAndLedgerCardFromTheScores() throws Exception {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Branch other = fixture.branch("HN", "s10-guandao-gongsi");
        Member zhou = fixture.member(b, b.group(), "周印表", "S10-ALL");
        Member ouyang = fixture.member(b, b.group(), "欧阳公示", "S10-ALL");
        scored(b, zhou, 4);
        scored(b, ouyang, 2);

        PublicitySheet sheet = sheets.fromScores(b.secretary(), b.branch().getId(), Level.YEAR, YEAR, ZH)
                .orElseThrow();
        assertThat(sheet.lines()).extracting(PublicitySheet.Line::memberName).containsExactly("周印表", "欧阳公示");
        Statement card = statements.statement(b.secretary(), zhou.getId(), Level.YEAR, YEAR, ZH).orElseThrow();
        String item = card.sections().getFirst().items().getFirst().name();
        assertThat(sheet.lines().getFirst().reasons()).containsExactly(item + " +12");
        assertThat(sheet.lines().getLast().reasons()).containsExactly(item + " +6");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PublicitySheetPdf.write(sheet, ZH, LocalDate.of(2026, 11, 28), pdf);
        assertThat(String.join("", PdfChecks.pages(pdf.toByteArray()))).contains("周印表", "欧阳公示",
                item + " +12", b.branch().getName());
        PdfChecks.assertFontsEmbedded(pdf.toByteArray());

        ByteArrayOutputStream cardPdf = new ByteArrayOutputStream();
        LedgerCardPdf.write(card, ZH, LocalDate.of(2026, 11, 28), cardPdf);
        assertThat(String.join("", PdfChecks.pages(cardPdf.toByteArray()))).contains("周印表", item, "三会一课",
                "2026-01-10");
        PdfChecks.assertFontsEmbedded(cardPdf.toByteArray());

        assertThat(sheets.fromScores(other.secretary(), b.branch().getId(), Level.YEAR, YEAR, ZH)).isEmpty();
        assertThat(sheets.fromScores(other.admin(), b.branch().getId(), Level.YEAR, YEAR, ZH)).isEmpty();
        assertThat(sheets.fromScores(b.secretary(), Long.MAX_VALUE, Level.YEAR, YEAR, ZH)).isEmpty();
    }

    @Test
    void aTemplateIsStoredPerUnitFilledOnExportAndHiddenFromAnotherTenant() throws Exception {
        Branch b = fixture.branch("QS", "s10-guandao-gongsi");
        Branch other = fixture.branch("HN", "s10-guandao-gongsi");
        Member zhou = fixture.member(b, b.group(), "周模板", "S10-ALL");
        scored(b, zhou, 3);
        long unit = b.branch().getId();
        byte[] template = WorkbookTemplateFillTest.template("${member.category:日常行为积分}");

        assertThatThrownBy(() -> templates.upload(b.secretary(), unit, "t.xlsx",
                WorkbookTemplateFillTest.template("${member.points}")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().path()).isEqualTo("积分表!D5"));
        assertThatThrownBy(() -> templates.upload(other.admin(), unit, "t.xlsx", template))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.upload(other.admin(), Long.MAX_VALUE, "t.xlsx", template))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(templates.find(b.secretary(), unit)).isEmpty();

        templates.upload(b.secretary(), unit, "支部积分表.xlsx", template);
        assertThat(templates.find(b.admin(), unit)).hasValueSatisfying(t -> {
            assertThat(t.fileName()).isEqualTo("支部积分表.xlsx");
            assertThat(t.uploadedBy()).isEqualTo(b.secretary().username());
        });
        assertThat(templates.find(other.admin(), unit)).isEmpty();
        assertThat(templates.find(other.secretary(), unit)).isEmpty();

        Query q = new Query(unit, Level.YEAR, YEAR, null, null, Sort.RANK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(templates.export(b.secretary(), q, "2026 年度", ZH, out)).isTrue();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("积分表");
            assertThat(s.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(b.branch().getName() + " 2026 年度 积分表");
            assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo("周模板");
            assertThat(s.getRow(4).getCell(3).getNumericCellValue()).as("DAILY subtotal").isEqualTo(9);
            assertThat(s.getRow(5).getCell(2).getCellFormula()).isEqualTo("SUM(C5:C5)");
        }
        assertThat(templates.export(other.secretary(), q, "x", ZH, new ByteArrayOutputStream())).isFalse();
        assertThat(templates.remove(other.admin(), unit)).isFalse();
        assertThat(templates.find(b.secretary(), unit)).isPresent();
        assertThat(templates.remove(b.admin(), unit)).isTrue();
        assertThat(templates.find(b.secretary(), unit)).isEmpty();
    }

    /** {@code n} confirmed meetings (3 points each) recorded by the secretary, scored after the event. */
    private void scored(Branch b, Member m, int n) {
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(new EntryDraft(m.getId(), "STUDY-MEETING", null, null, 1, LocalDate.of(2026, 1 + i, 10),
                    "三会一课", null));
        }
        List<Entry> entries = ledger.record(b.secretary(), EntrySource.SECRETARY, drafts).entries();
        review.confirmedAsRecorded(entries.getLast().getId());
    }
}
