package io.jifen.printable;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.score.ScoreBoard.Line;
import io.jifen.score.ScoreRow;
import io.jifen.score.statement.Statement;
import io.jifen.score.statement.Statement.CategoryLine;
import io.jifen.score.statement.Statement.EntryLine;
import io.jifen.score.statement.Statement.ItemLine;
import io.jifen.score.statement.Statement.Section;
import io.jifen.score.statement.Statement.Summary;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Period;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The printables rendered from plain records and read back with PDFBox: the Chinese names and items come out as
 * text, the CJK font is embedded as a subset on every page, a long sheet pages with its header repeated and
 * "第 n 页 共 m 页" at each foot.
 */
class PrintablesPdfTest {

    static final LocalDate PRINTED = LocalDate.of(2026, 11, 28);
    static final Period Q1 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

    @Test
    void publicitySheetPrintsNamesReasonsAndEmbedsTheFont() throws Exception {
        PublicitySheet sheet = new PublicitySheet("徐家堰村党支部", "2026年第一季度", 2, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 7), List.of(
                        new PublicitySheet.Line("张秀英", new BigDecimal("96.5"), "优秀", 1,
                                List.of("参加三会一课 +12", "志愿服务 +4.5")),
                        new PublicitySheet.Line("欧阳建国", new BigDecimal("78"), "合格", 2,
                                List.of("无故缺席组织生活 -2"))));
        byte[] pdf = publicity(sheet);
        String text = String.join("", PdfChecks.pages(pdf));
        assertThat(text).contains("党员积分公示", "徐家堰村党支部", "2026年第一季度", "张秀英", "欧阳建国",
                "参加三会一课 +12", "志愿服务 +4.5", "无故缺席组织生活 -2", "96.5", "优秀", "第 2 版",
                "公示期：2026-04-01 至 2026-04-07", "打印日期：2026-11-28", "第 1 页 共 1 页");
        PdfChecks.assertFontsEmbedded(pdf);
    }

    @Test
    void aSheetOf120MembersPagesWithTheHeaderOnEveryPage() throws Exception {
        List<PublicitySheet.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            lines.add(new PublicitySheet.Line("党员" + i + "号", BigDecimal.valueOf(200 - i), "合格", i,
                    List.of("参加三会一课 +" + (i % 7), "学习强国 +" + (i % 3))));
        }
        byte[] pdf = publicity(new PublicitySheet("第一支部", "2026年第一季度", 0, null, null, lines));
        List<String> pages = PdfChecks.pages(pdf);
        assertThat(pages.size()).as("120 members with reasons do not fit one page").isGreaterThan(2);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).as("page " + (p + 1)).contains("名次", "党员", "总分", "等次")
                    .contains("第 " + (p + 1) + " 页 共 " + pages.size() + " 页");
        }
        String all = String.join("", pages);
        for (int i = 1; i <= 120; i++) {
            assertThat(all).contains("党员" + i + "号");
        }
        assertThat(pages.getFirst()).contains("党员1号").doesNotContain("党员120号");
        assertThat(pages.getLast()).contains("党员120号");
        PdfChecks.assertFontsEmbedded(pdf);
    }

    @Test
    void ledgerCardPrintsEveryEntryWithBasisApproverAndReversal() throws Exception {
        EntryLine meeting = new EntryLine(11, LocalDate.of(2026, 2, 10), "参加三会一课", "二月支部党员大会", "李书记",
                "书记录入", new BigDecimal("3"), 1, null, List.of("支委会初评：committee.li 于 2026-02-11 审核通过"));
        EntryLine claim = new EntryLine(12, LocalDate.of(2026, 3, 5), "志愿服务", "社区义诊志愿者", "张秀英",
                "个人申报", new BigDecimal("2"), 2, null, List.of());
        EntryLine reversed = new EntryLine(13, LocalDate.of(2026, 3, 9), "志愿服务", "重复录入的记录", "李书记",
                "书记录入", new BigDecimal("2"), 1, "已被冲正（冲正记录 #14，原因：重复录入），不计分", List.of());
        Section section = new Section(Q1, new BigDecimal("60"), null,
                List.of(new CategoryLine("STUDY", "学习教育", true, new BigDecimal("33"), null,
                        "上限 33 分，超出 3 分不计")),
                List.of(new ItemLine("MEET", "参加三会一课", "学习教育", 1, 1, new BigDecimal("3"), null,
                        List.of(meeting)), new ItemLine("VOL", "志愿服务", "服务群众", 2, 2, new BigDecimal("4"),
                        null, List.of(claim))), new BigDecimal("67"), null);
        Statement s = new Statement(7, "张秀英", "徐家堰村党支部", "徐家堰村党员积分制", "S8-v1", ScoreRow.Level.PERIOD,
                Q1, new Summary(new BigDecimal("67"), null, BigDecimal.ZERO, null, "优秀", null,
                        "支部内第 1 名（共 30 人）", false), List.of(section), List.of(reversed), List.of("备注一条"),
                null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LedgerCardPdf.write(s, Locale.SIMPLIFIED_CHINESE, PRINTED, out);
        String text = String.join("", PdfChecks.pages(out.toByteArray()));
        assertThat(text).contains("党员积分登记卡", "张秀英", "徐家堰村党支部", "S8-v1", "参加三会一课", "志愿服务",
                "二月支部党员大会", "社区义诊志愿者", "2026-02-10", "+3", "+2 ×2", "上限 33 分，超出 3 分不计",
                "总分：67", "等次：优秀", "支部内第 1 名（共 30 人）", "已被冲正", "#14", "committee.li", "备注一条");
        PdfChecks.assertFontsEmbedded(out.toByteArray());
    }

    @Test
    void scoreboardOf500MembersOnLandscape() throws Exception {
        List<Category> categories = List.of(Category.of("STUDY", null, "学习教育", CategoryKind.BONUS, null),
                Category.of("SERVE", null, "服务群众", CategoryKind.BONUS, null),
                Category.of("DISCIPLINE", null, "遵规守纪", CategoryKind.DEDUCTION, null));
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            Map<String, BigDecimal> sub = Map.of("STUDY", BigDecimal.valueOf(i % 30), "SERVE",
                    BigDecimal.valueOf(i % 11), "DISCIPLINE", BigDecimal.valueOf(-(i % 3)));
            lines.add(new Line(new ScoreRow(i, ScoreRow.Level.PERIOD, Q1.start(), Q1.end(), 1, "/1/", 1, 1,
                    new BigDecimal("60"), BigDecimal.TEN, BigDecimal.valueOf(100 - i / 10.0), BigDecimal.TEN,
                    BigDecimal.ZERO, "T1", i % 5 == 0 ? "基本合格" : "合格", i, 500, "", BigDecimal.TEN, i % 97 == 0, sub, null),
                    "成员" + i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        ScoreboardPdf.render(new ScoreboardPdf.Heading("城关街道第一党委", "评定期 2026-01-01 至 2026-03-31",
                categories), lines, Locale.SIMPLIFIED_CHINESE, PRINTED, out);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        byte[] pdf = out.toByteArray();
        System.out.println("SCOREBOARD-PDF members=500 bytes=" + pdf.length + " renderMs=" + ms);
        List<String> pages = PdfChecks.pages(pdf);
        assertThat(pages.size()).isGreaterThan(10);
        assertThat(pages.getFirst()).contains("积分榜", "学习教育", "服务群众", "遵规守纪", "成员1", "基础分");
        assertThat(pages.getLast()).contains("成员500", "第 " + pages.size() + " 页 共 " + pages.size() + " 页");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("landscape").isGreaterThan(box.getHeight());
        }
        PdfChecks.assertFontsEmbedded(pdf);
    }

    @Test
    void englishPageLabels() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PublicitySheetPdf.write(new PublicitySheet("Branch One", "Q1 2026", 0, null, null, List.of()),
                Locale.ENGLISH, PRINTED, out);
        assertThat(String.join("", PdfChecks.pages(out.toByteArray()))).contains("Page 1 of 1",
                "Points publicity sheet");
    }

    private static byte[] publicity(PublicitySheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PublicitySheetPdf.write(sheet, Locale.SIMPLIFIED_CHINESE, PRINTED, out);
        return out.toByteArray();
    }
}
