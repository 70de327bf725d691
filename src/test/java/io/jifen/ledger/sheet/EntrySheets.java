package io.jifen.ledger.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Entry workbooks as a user fills them in: the template's Chinese header, then one row per entry (text cells). */
final class EntrySheets {

    static final List<String> HEADER = List.of("党员编号/姓名", "指标编号", "档次", "分值", "次数", "发生日期", "依据");

    private EntrySheets() {
    }

    /** @param rows cells in header order; null or "" leaves a cell empty */
    static byte[] workbook(List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("积分记录");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> row(Object member, String value, String count, String date) {
        return java.util.Arrays.asList(String.valueOf(member), "CONTRIB-DEED", "", value, count, date, "支部会议记录");
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        }
    }
}
