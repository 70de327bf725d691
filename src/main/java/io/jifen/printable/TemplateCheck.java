package io.jifen.printable;

import io.jifen.scoring.model.Category;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Checks an uploaded workbook template before it is stored: an .xlsx within the size limit that opens, whose
 * placeholders are all known (each unknown one reported with its sheet and cell), whose categories exist in the
 * unit's scheme, with at most one row template (a row holding {@code ${member.…}}) per sheet.
 */
final class TemplateCheck {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final int MAX_ERRORS = 20;

    private TemplateCheck() {
    }

    static void check(String fileName, byte[] bytes, List<Category> categories) {
        if (bytes.length > MAX_BYTES) {
            throw refused("$", "print.template.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (!zip || fileName == null || !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw refused("$", "print.template.notXlsx");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<InputError> errors = new ArrayList<>();
            int found = 0;
            for (Sheet sheet : wb) {
                found += sheet(sheet, categories, errors);
            }
            if (errors.isEmpty() && found == 0) {
                errors.add(InputError.of("$", "print.template.noPlaceholders"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw refused("$", "print.template.unreadable");
        }
    }

    /** @return how many placeholders the sheet holds */
    private static int sheet(Sheet sheet, List<Category> categories, List<InputError> errors) {
        int count = 0;
        Integer templateRow = null;
        for (Row row : sheet) {
            boolean member = false;
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING) {
                    continue;
                }
                String where = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false);
                for (Placeholder.Found f : Placeholder.scan(cell.getStringCellValue())) {
                    count++;
                    Optional<Placeholder> p = f.placeholder();
                    if (p.isEmpty()) {
                        errors.add(InputError.of(where, "print.template.unknown", sheet.getSheetName(),
                                cellName(cell), f.token()));
                    } else if (p.get().name().equals(Placeholder.CATEGORY)
                            && TemplateValues.category(categories, p.get().argument()).isEmpty()) {
                        errors.add(InputError.of(where, "print.template.unknownCategory", sheet.getSheetName(),
                                cellName(cell), p.get().argument()));
                    }
                    member |= p.map(Placeholder::member).orElse(false);
                }
            }
            if (member && templateRow != null) {
                errors.add(InputError.of(sheet.getSheetName(), "print.template.twoRows", sheet.getSheetName(),
                        templateRow + 1, row.getRowNum() + 1));
            } else if (member) {
                templateRow = row.getRowNum();
            }
        }
        return count;
    }

    private static String cellName(Cell cell) {
        return new CellReference(cell).formatAsString(false);
    }

    private static InvalidInputException refused(String path, String key, Object... args) {
        return new InvalidInputException(List.of(InputError.of(path, key, args)));
    }
}
