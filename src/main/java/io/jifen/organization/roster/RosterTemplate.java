package io.jifen.organization.roster;

import io.jifen.organization.Gender;
import io.jifen.organization.Member;
import io.jifen.organization.MemberClass;
import io.jifen.organization.MemberStatus;
import io.jifen.organization.Organization;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template of one user: the roster sheet with an example row and drop-downs, and an instruction sheet
 * explaining every column and listing the unit codes and member classes this user may use. The drop-downs for
 * units and classes point at those lists, because Excel caps inline lists at 255 characters.
 */
final class RosterTemplate {

    private final XSSFWorkbook workbook;
    private final RosterText text;
    private final RosterSheetWriter writer;
    private final CellStyle bold;

    RosterTemplate(XSSFWorkbook workbook, RosterText text) {
        this.workbook = workbook;
        this.text = text;
        this.writer = new RosterSheetWriter(workbook, text);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    void write(List<Organization> units, List<MemberClass> classes) {
        Sheet roster = writer.createSheet(workbook);
        writer.writeRow(roster, 1, example(units, classes));
        Sheet help = workbook.createSheet(text.file("roster.sheet.help"));
        int row = columnHelp(help);
        String unitRange = list(help, row + 1, "roster.help.units", units.stream()
                .map(u -> new String[] {u.getCode(), u.getName(), text.file(u.getType().messageKey())}).toList(),
                "roster.help.unitCode", "roster.help.unitName", "roster.help.unitType");
        int classesAt = row + units.size() + 4;
        String classRange = list(help, classesAt, "roster.help.classes", classes.stream()
                .map(c -> new String[] {c.getName(), c.getCode()}).toList());
        choices(roster, RosterColumn.GENDER, labels(Gender.values(), Gender::messageKey));
        choices(roster, RosterColumn.STATUS, labels(MemberStatus.values(), MemberStatus::messageKey));
        choices(roster, RosterColumn.MOBILE, writer.yesNo(true), writer.yesNo(false));
        choices(roster, RosterColumn.EXEMPT, writer.yesNo(true), writer.yesNo(false));
        DataValidationHelper helper = roster.getDataValidationHelper();
        if (unitRange != null) {
            validate(roster, RosterColumn.UNIT_CODE, helper.createFormulaListConstraint(unitRange));
        }
        if (classRange != null) {
            validate(roster, RosterColumn.MEMBER_CLASS, helper.createFormulaListConstraint(classRange));
        }
    }

    private Member example(List<Organization> units, List<MemberClass> classes) {
        Member example = new Member();
        example.setName(text.file("roster.template.exampleName"));
        example.setGender(Gender.MALE);
        example.setBirthDate(LocalDate.of(1980, 7, 1));
        example.setJoinDate(LocalDate.of(2005, 7, 1));
        example.setStatus(MemberStatus.FULL);
        example.setMemberClass(classes.isEmpty() ? null : classes.getFirst());
        example.setOrganization(units.isEmpty() ? null : units.getFirst());
        example.setPhone("13800000000");
        return example;
    }

    /** The column table of the instruction sheet; answers the next free row. */
    private int columnHelp(Sheet help) {
        Row intro = help.createRow(0);
        intro.createCell(0).setCellValue(text.file("roster.help.general", RosterReader.MAX_ROWS));
        help.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        title(help.createRow(2), "roster.help.column", "roster.help.required", "roster.help.description");
        int r = 3;
        for (RosterColumn column : RosterColumn.values()) {
            Row row = help.createRow(r++);
            row.createCell(0).setCellValue(text.fileTitle(column));
            row.createCell(1).setCellValue(writer.yesNo(column.required()));
            row.createCell(2).setCellValue(description(column));
        }
        help.setColumnWidth(0, 18 * 256);
        help.setColumnWidth(1, 24 * 256);
        help.setColumnWidth(2, 90 * 256);
        return r;
    }

    private String description(RosterColumn column) {
        return switch (column) {
            case NAME -> text.file("roster.help.text", column.maxLength());
            case EXEMPT_REASON -> text.file("roster.help.exemptReason");
            case GENDER -> text.file("roster.help.choice",
                    String.join(", ", labels(Gender.values(), Gender::messageKey)));
            case STATUS -> text.file("roster.help.choice",
                    String.join(", ", labels(MemberStatus.values(), MemberStatus::messageKey)));
            case BIRTH_DATE, JOIN_DATE, TRANSFER_IN_DATE -> text.file("roster.help.date");
            case TRANSFER_OUT_DATE -> text.file("roster.help.transferOut");
            case MEMBER_CLASS -> text.file("roster.help.class");
            case UNIT_CODE -> text.file("roster.help.unit");
            case PHONE -> text.file("roster.help.phone");
            case MOBILE, EXEMPT -> text.file("roster.help.yesNo");
            case SSO_USERNAME -> text.file("roster.help.username");
        };
    }

    /**
     * Writes a titled list whose first column feeds a drop-down.
     *
     * @return the absolute reference of the first column's values, or null for an empty list
     */
    private String list(Sheet help, int at, String titleKey, List<String[]> rows, String... columnKeys) {
        Row heading = help.createRow(at);
        heading.createCell(0).setCellValue(text.file(titleKey));
        heading.getCell(0).setCellStyle(bold);
        int first = at + 1;
        if (columnKeys.length > 0) {
            title(help.createRow(first++), columnKeys);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = help.createRow(first + i);
            for (int c = 0; c < rows.get(i).length; c++) {
                row.createCell(c).setCellValue(rows.get(i)[c]);
            }
        }
        return rows.isEmpty() ? null
                : "'" + help.getSheetName() + "'!$A$" + (first + 1) + ":$A$" + (first + rows.size());
    }

    private void title(Row row, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            row.createCell(c).setCellValue(text.file(keys[c]));
            row.getCell(c).setCellStyle(bold);
        }
    }

    private void choices(Sheet sheet, RosterColumn column, String... values) {
        validate(sheet, column, sheet.getDataValidationHelper().createExplicitListConstraint(values));
    }

    /** A drop-down on every data row the import accepts; typing something else is refused with a hint. */
    private void validate(Sheet sheet, RosterColumn column, DataValidationConstraint constraint) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, RosterReader.MAX_ROWS + 1, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(text.fileTitle(column), text.file("roster.template.invalidChoice"));
        sheet.addValidationData(validation);
    }

    private <E extends Enum<E>> String[] labels(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(v -> text.file(key.apply(v))).toArray(String[]::new);
    }
}
