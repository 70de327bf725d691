package io.jifen.organization.roster;

import io.jifen.organization.Member;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the roster sheet that template and export share: the header row and one row per member with the values
 * the reader accepts back (Chinese labels, real Excel dates), so that every export can be re-imported.
 */
final class RosterSheetWriter {

    private final RosterText text;
    private final CellStyle header;
    private final CellStyle requiredHeader;
    private final CellStyle date;
    private final CellStyle plainText;

    RosterSheetWriter(Workbook workbook, RosterText text) {
        this.text = text;
        header = headerStyle(workbook, false);
        requiredHeader = headerStyle(workbook, true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        plainText = workbook.createCellStyle();
        // "@" keeps what users type into these columns as text: phone numbers and codes must not turn into numbers
        plainText.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    Sheet createSheet(Workbook workbook) {
        Sheet sheet = workbook.createSheet(text.file("roster.sheet.roster"));
        Row row = sheet.createRow(0);
        for (RosterColumn column : RosterColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellValue(text.fileTitle(column));
            cell.setCellStyle(column.required() ? requiredHeader : header);
            sheet.setColumnWidth(column.ordinal(), width(column) * 256);
            if (column.kind() == RosterColumn.Kind.DATE) {
                sheet.setDefaultColumnStyle(column.ordinal(), date);
            } else if (column.kind() == RosterColumn.Kind.TEXT) {
                sheet.setDefaultColumnStyle(column.ordinal(), plainText);
            }
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    Row writeRow(Sheet sheet, int rowIndex, Member member) {
        Row row = sheet.createRow(rowIndex);
        for (RosterColumn column : RosterColumn.values()) {
            Object value = value(column, member);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column.ordinal());
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(plainText);
            }
        }
        return row;
    }

    private Object value(RosterColumn column, Member m) {
        return switch (column) {
            case NAME -> m.getName();
            case GENDER -> m.getGender() == null ? null : text.file(m.getGender().messageKey());
            case BIRTH_DATE -> m.getBirthDate();
            case JOIN_DATE -> m.getJoinDate();
            case STATUS -> m.getStatus() == null ? null : text.file(m.getStatus().messageKey());
            case MEMBER_CLASS -> m.getMemberClass() == null ? null : m.getMemberClass().getName();
            case UNIT_CODE -> m.getOrganization() == null ? null : m.getOrganization().getCode();
            case PHONE -> m.getPhone();
            case MOBILE -> yesNo(m.isMobile());
            case EXEMPT -> yesNo(m.isExempt());
            case EXEMPT_REASON -> m.getExemptReason();
            case SSO_USERNAME -> m.getSsoUsername();
            case TRANSFER_IN_DATE -> m.getTransferInDate();
            case TRANSFER_OUT_DATE -> m.getTransferOutDate();
        };
    }

    String yesNo(boolean flag) {
        return text.file(flag ? "common.yes" : "common.no");
    }

    private static int width(RosterColumn column) {
        return switch (column.kind()) {
            case DATE -> 12;
            case YES_NO -> 10;
            case CHOICE -> 14;
            case TEXT -> column == RosterColumn.EXEMPT_REASON ? 24 : column == RosterColumn.SSO_USERNAME ? 18 : 14;
        };
    }

    /** Required columns get a red title so that the template shows at a glance what must be filled in. */
    private static CellStyle headerStyle(Workbook workbook, boolean required) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(required ? IndexedColors.DARK_RED.getIndex() : IndexedColors.BLACK.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
