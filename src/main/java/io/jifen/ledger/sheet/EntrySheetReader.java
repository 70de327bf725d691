package io.jifen.ledger.sheet;

import io.jifen.shared.UserFacingException;
import io.jifen.shared.Xlsx;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an entry workbook with POI's SAX reader (50,000 rows in the object model would take
 * hundreds of MB) into text cells per column. The header is found by its titles in any column order; dates become
 * ISO text whether typed as Excel dates or as text.
 */
final class EntrySheetReader {

    /** One import is one transaction; beyond this a user is better served by several files. */
    static final int MAX_ROWS = 50_000;
    /** 50,000 filled rows are about 2.5 MB; the cap bounds what one upload can make the server unpack. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

    /** One data row: its number as Excel shows it and the text of each column present. */
    record SheetRow(int rowNumber, Map<EntryColumn, String> cells) {
        String get(EntryColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final Map<String, EntryColumn> titles;
    private final Function<EntryColumn, String> display;

    /**
     * @param titles  normalized header titles (both languages) → column
     * @param display the title a message shows for a column
     */
    EntrySheetReader(Map<String, EntryColumn> titles, Function<EntryColumn, String> display) {
        this.titles = titles;
        this.display = display;
    }

    static String normalize(String title) {
        return title.replaceAll("[\\s*＊]", "").toLowerCase(java.util.Locale.ROOT);
    }

    List<SheetRow> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("ledger.sheet.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("ledger.sheet.error.tooLarge", MAX_BYTES / 1048576);
        }
        Xlsx.requireXlsx(content, "ledger.sheet.error.notXlsx", "ledger.sheet.error.unreadable");
        RowCollector rows = new RowCollector();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg), rows, new IsoDateFormatter(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (UserFacingException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof UserFacingException refusal) {
                throw refusal;
            }
            throw new UserFacingException("ledger.sheet.error.unreadable");
        } catch (Exception e) {
            // POI reports damaged zips, zip bombs, encryption and broken XML as assorted exceptions
            throw new UserFacingException("ledger.sheet.error.unreadable");
        }
        return rows.result();
    }

    private final class RowCollector implements SheetContentsHandler {

        private final Map<Integer, EntryColumn> columns = new HashMap<>();
        private final Map<Integer, String> current = new HashMap<>();
        private final List<SheetRow> rows = new ArrayList<>();
        private boolean headerFound;

        @Override
        public void startRow(int rowIndex) {
            current.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && value != null && !value.isBlank()) {
                current.put((int) new CellReference(reference).getCol(), value.strip());
            }
        }

        @Override
        public void endRow(int rowIndex) {
            if (headerFound) {
                dataRow(rowIndex);
            } else if (!current.isEmpty()) {
                headerFound = header();
            }
            if (!headerFound && rowIndex >= HEADER_SEARCH_ROWS) {
                throw new UserFacingException("ledger.sheet.error.noHeader");
            }
        }

        /** The header is the first top row naming at least two known columns; every required one must be there. */
        private boolean header() {
            Map<Integer, EntryColumn> found = new HashMap<>();
            current.forEach((index, value) -> {
                EntryColumn column = titles.get(normalize(value));
                if (column != null) {
                    found.put(index, column);
                }
            });
            if (found.size() < 2) {
                return false;
            }
            for (EntryColumn column : EntryColumn.values()) {
                if (column.required() && !found.containsValue(column)) {
                    throw new UserFacingException("ledger.sheet.error.missingColumn", display.apply(column));
                }
            }
            columns.putAll(found);
            return true;
        }

        private void dataRow(int rowIndex) {
            Map<EntryColumn, String> cells = new EnumMap<>(EntryColumn.class);
            current.forEach((index, value) -> {
                EntryColumn column = columns.get(index);
                if (column != null) {
                    cells.put(column, column == EntryColumn.DATE ? dateText(value) : value);
                }
            });
            if (cells.isEmpty()) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new UserFacingException("ledger.sheet.error.tooManyRows", MAX_ROWS);
            }
            rows.add(new SheetRow(rowIndex + 1, cells));
        }

        List<SheetRow> result() {
            if (!headerFound) {
                throw new UserFacingException("ledger.sheet.error.noHeader");
            }
            if (rows.isEmpty()) {
                throw new UserFacingException("ledger.sheet.error.empty");
            }
            return rows;
        }
    }

    /** A number in the date column is an Excel date serial even when the user lost the date format. */
    private static String dateText(String value) {
        if (!NUMBER.matcher(value).matches() || value.length() == 8) {
            return value;
        }
        double serial = Double.parseDouble(value);
        LocalDateTime day = DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial) : null;
        return day != null && day.getYear() >= 1900 && day.getYear() <= 2200 ? day.toLocalDate().toString() : value;
    }

    /** Date-formatted numbers as yyyy-MM-dd whatever their display format; other numbers in full. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
