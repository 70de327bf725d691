package io.jifen.scheme.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The items workbook: every template's table comes back unchanged, one bad row changes nothing and is reported. */
class ItemsSheetTest {

    private static final Messages MESSAGES = new Messages();
    private static final SchemeVersion S10 = SchemeTemplates.load("s10-guandao-gongsi").scheme();

    static Stream<String> templates() {
        return SchemeTemplates.ids().stream();
    }

    static SchemeVersion parentOf(SchemeVersion scheme) {
        return scheme.parentVersionId() == null ? null : SchemeTemplates.ids().stream()
                .map(id -> SchemeTemplates.load(id).scheme())
                .filter(s -> s.id().equals(scheme.parentVersionId())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateRoundTripsToTheSameCategoriesAndItems(String id) {
        SchemeVersion draft = SchemeTemplates.load(id).scheme();
        SchemeVersion parent = parentOf(draft);
        byte[] file = ItemsSheet.export(draft, parent, MESSAGES);

        ItemsImport back = ItemsSheet.read(file, draft, parent, MESSAGES, Messages.CHINESE);

        assertThat(back.errors()).as(id).isEmpty();
        assertThat(back.table().categories()).as(id).isEqualTo(draft.categories());
        assertThat(back.table().items()).as(id).isEqualTo(draft.items());
        assertThat(back.table().applyTo(draft)).isEqualTo(draft);
    }

    /** Rules 1–6 put window caps, rhythms and category bases on the table: those come back too. */
    @Test
    void theRuleSchemesRoundTripToo() {
        SchemeVersion company = io.jifen.scoring.RuleSchemes.rule4Company();
        for (SchemeVersion draft : java.util.List.of(io.jifen.scoring.RuleSchemes.rule1(),
                io.jifen.scoring.RuleSchemes.rule2(), io.jifen.scoring.RuleSchemes.rule3(), company,
                io.jifen.scoring.RuleSchemes.rule5(), io.jifen.scoring.RuleSchemes.rule6(),
                io.jifen.scoring.RuleSchemes.rule4Branch("35"))) {
            SchemeVersion parent = draft.isExtension() ? company : null;
            ItemsImport back = ItemsSheet.read(ItemsSheet.export(draft, parent, MESSAGES), draft, parent, MESSAGES,
                    Messages.CHINESE);
            assertThat(back.errors()).as(draft.id()).isEmpty();
            assertThat(back.table().applyTo(draft)).as(draft.id()).isEqualTo(draft);
        }
    }

    @Test
    void theFileSpeaksChineseWithOneRowPerCategoryAndItem() throws IOException {
        try (XSSFWorkbook book = workbook(ItemsSheet.export(S10, null, MESSAGES))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("类别和指标");
            assertThat(text(sheet.getRow(0), 1)).isEqualTo("类别路径");
            assertThat(text(sheet.getRow(0), 2)).isEqualTo("指标");
            assertThat(sheet.getLastRowNum()).isEqualTo(S10.categories().size() + S10.items().size());
            Row reward = find(sheet, "REWARD-ARTICLE");
            assertThat(text(reward, ItemColumn.PATH.ordinal())).isEqualTo("奖励积分");
            assertThat(text(reward, ItemColumn.VALUE_TYPE.ordinal())).isEqualTo("按选项");
            assertThat(text(reward, ItemColumn.VALUE.ordinal()))
                    .isEqualTo("INTERNAL | 在《xx管道》发表 | 2\nEXTERNAL | 在外部杂志发表 | 5");
            Row study = find(sheet, "STUDY");
            assertThat(text(study, ItemColumn.PATH.ordinal())).isEqualTo("日常行为积分 / 学习教育");
            assertThat(study.getCell(ItemColumn.CAP_MAX.ordinal()).getNumericCellValue()).isEqualTo(33);
            assertThat(text(find(sheet, "LAW-VIOLATION"), ItemColumn.VETO.ordinal())).isEqualTo("是");
        }
    }

    @Test
    void editedRowsAndANewItemComeBackAsTheNewTable() throws IOException {
        byte[] edited = edit(ItemsSheet.export(S10, null, MESSAGES), sheet -> {
            find(sheet, "REWARD").getCell(ItemColumn.CAP_MAX.ordinal()).setCellValue(12);
            Row added = sheet.createRow(sheet.getLastRowNum() + 1);
            added.createCell(ItemColumn.PATH.ordinal()).setCellValue("日常行为积分 / 服务群众");
            added.createCell(ItemColumn.ITEM.ordinal()).setCellValue("结对帮扶困难群众");
            added.createCell(ItemColumn.VALUE.ordinal()).setCellValue("1~3");
            added.createCell(ItemColumn.PERIOD_COUNT.ordinal()).setCellValue("4");
        });

        ItemsImport back = ItemsSheet.read(edited, S10, null, MESSAGES, Messages.CHINESE);

        assertThat(back.errors()).isEmpty();
        Category reward = back.table().categories().stream().filter(c -> c.id().equals("REWARD")).findFirst()
                .orElseThrow();
        assertThat(reward.cap()).isEqualTo(Cap.max("12"));
        Item added = back.table().items().getLast();
        assertThat(added.id()).isEqualTo("I1");
        assertThat(added.categoryId()).isEqualTo("SERVE");
        assertThat(added.value()).isEqualTo(ValueRule.range("1", "3"));
        assertThat(added.cap().maxCount()).isEqualTo(4);
        assertThat(back.table().items()).hasSize(S10.items().size() + 1)
                .startsWith(S10.items().toArray(Item[]::new));
    }

    @Test
    void oneBadRowChangesNothingAndIsReportedWithItsRowAndColumn() throws IOException {
        int[] rows = new int[2];
        byte[] edited = edit(ItemsSheet.export(S10, null, MESSAGES), sheet -> {
            Row volunteer = find(sheet, "SERVE-VOLUNTEER");
            volunteer.getCell(ItemColumn.VALUE.ordinal()).setCellValue("两分");
            rows[0] = volunteer.getRowNum() + 1;
            Row kept = find(sheet, "LAW-KEPT");
            kept.getCell(ItemColumn.PATH.ordinal()).setCellValue("日常行为积分 / 遵章守纪");
            rows[1] = kept.getRowNum() + 1;
        });

        ItemsImport back = ItemsSheet.read(edited, S10, null, MESSAGES, Messages.CHINESE);

        assertThat(back.ok()).isFalse();
        assertThat(back.table()).isNull();
        assertThat(back.errors()).containsExactly(
                new SheetError(rows[0], "分值/选项", "“两分”不是有效的数：应在 -10000 至 10000 之间，最多 2 位小数"),
                new SheetError(rows[1], "类别路径", "找不到类别“日常行为积分 / 遵章守纪”：请先在表中添加这个类别，或改正路径"));
    }

    @Test
    void errorsAreInTheUsersLanguageAndTheFileMayHaveEnglishTitles() throws IOException {
        byte[] edited = edit(ItemsSheet.export(S10, null, MESSAGES), sheet -> {
            sheet.getRow(0).getCell(ItemColumn.VETO.ordinal()).setCellValue("Veto");
            find(sheet, "LAW-VIOLATION").getCell(ItemColumn.VETO.ordinal()).setCellValue("maybe");
            find(sheet, "EVAL").createCell(ItemColumn.VALUE.ordinal()).setCellValue("5");
        });

        ItemsImport back = ItemsSheet.read(edited, S10, null, MESSAGES, Locale.ENGLISH);

        assertThat(back.errors()).extracting(SheetError::columnTitle, SheetError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Veto", "\"maybe\" should be \"Yes\" or \"No\""),
                org.assertj.core.groups.Tuple.tuple("Points / options",
                        "Leave this column empty on a category row (it is for items)"));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsAWhole() {
        assertThatThrownBy(() -> ItemsSheet.read("编号,类别路径\n".getBytes(StandardCharsets.UTF_8), S10, null,
                MESSAGES, Messages.CHINESE)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("sheet.error.notXlsx");
    }

    @Test
    void aBranchItemSitsUnderItsParentsCategory() throws IOException {
        SchemeVersion branch = SchemeTemplates.load("s09-gongsi-zhibu").scheme();
        SchemeVersion company = parentOf(branch);
        try (XSSFWorkbook book = workbook(ItemsSheet.export(branch, company, MESSAGES))) {
            Row duty = find(book.getSheetAt(0), "A-DUTY");
            assertThat(text(duty, ItemColumn.PATH.ordinal())).isEqualTo("个性积分 / 个性基础项");
        }
        assertThat(Points.of("7")).isEqualTo(((ValueRule.Fixed) branch.items().getFirst().value()).points());
    }

    static byte[] edit(byte[] file, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook book = workbook(file); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }

    static Row find(Sheet sheet, String id) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && id.equals(text(row, ItemColumn.ID.ordinal()))) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }

    private static XSSFWorkbook workbook(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }
}
