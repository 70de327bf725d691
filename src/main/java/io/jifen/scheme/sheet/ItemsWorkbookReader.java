package io.jifen.scheme.sheet;

import io.jifen.shared.UserFacingException;
import io.jifen.shared.Xlsx;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an uploaded items workbook into text cells per column. A scheme has tens to a few hundred
 * rows, so the object model is used (the roster's streaming reader is for tens of thousands of members); the byte
 * and row caps still bound what one upload can make the server unpack. The header is found by its titles in either
 * language, in any column order; unknown columns are ignored.
 */
final class ItemsWorkbookReader {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    private static final int HEADER_SEARCH_ROWS = 10;

    /** One data row as Excel numbers it, with the text of every known column that is not blank. */
    record SheetRow(int number, Map<ItemColumn, String> cells) {

        String get(ItemColumn column) {
            return cells.getOrDefault(column, "");
        }

        boolean has(ItemColumn column) {
            return !get(column).isEmpty();
        }
    }

    private final SheetText text;

    ItemsWorkbookReader(SheetText text) {
        this.text = text;
    }

    List<SheetRow> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("sheet.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("sheet.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        Xlsx.requireXlsx(content, "sheet.error.notXlsx", "sheet.error.unreadable");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return rows(workbook.getSheetAt(0));
        } catch (UserFacingException e) {
            throw e;
        } catch (Exception e) {
            // POI reports damaged zips, zip bombs, encryption and broken XML as assorted exceptions
            throw new UserFacingException("sheet.error.unreadable");
        }
    }

    private List<SheetRow> rows(Sheet sheet) {
        Map<Integer, ItemColumn> columns = null;
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (columns == null) {
                columns = header(row);
                if (columns == null && row.getRowNum() >= HEADER_SEARCH_ROWS) {
                    break;
                }
                continue;
            }
            Map<ItemColumn, String> cells = new EnumMap<>(ItemColumn.class);
            for (var e : columns.entrySet()) {
                String value = cellText(row.getCell(e.getKey()));
                if (!value.isEmpty()) {
                    cells.put(e.getValue(), value);
                }
            }
            if (!cells.isEmpty()) {
                if (rows.size() == MAX_ROWS) {
                    throw new UserFacingException("sheet.error.tooManyRows", MAX_ROWS);
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        if (columns == null) {
            throw new UserFacingException("sheet.error.noHeader", text.title(ItemColumn.PATH),
                    text.title(ItemColumn.ITEM));
        }
        return rows;
    }

    /** The columns of a header row, or null when the row is not the header (fewer than two known titles). */
    private Map<Integer, ItemColumn> header(Row row) {
        Map<String, ItemColumn> titles = text.headerTitles();
        Map<Integer, ItemColumn> found = new HashMap<>();
        for (Cell cell : row) {
            ItemColumn column = titles.get(SheetText.normalize(cellText(cell)));
            if (column != null) {
                if (found.containsValue(column)) {
                    throw new UserFacingException("sheet.error.duplicateColumn", text.title(column));
                }
                found.put(cell.getColumnIndex(), column);
            }
        }
        if (found.size() < 2) {
            return null;
        }
        for (ItemColumn required : List.of(ItemColumn.PATH, ItemColumn.ITEM)) {
            if (!found.containsValue(required)) {
                throw new UserFacingException("sheet.error.missingColumn", text.title(required));
            }
        }
        return found;
    }

    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            // Excel keeps numbers as doubles; the shortest decimal that reads back as the same double is what was typed
            case NUMERIC -> ValueCells.plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
