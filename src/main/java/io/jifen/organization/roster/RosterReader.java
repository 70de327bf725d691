package io.jifen.organization.roster;

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
import java.util.Locale;
import java.util.Map;
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
 * Turns an uploaded workbook into text cells per column. It streams the first sheet with POI's SAX reader: the
 * object model would need about a second and a few hundred MB per 5,000 rows, and a file over the row cap is
 * refused as soon as the cap is passed. The header row is found by its titles (any column order, unknown columns
 * ignored). Dates become ISO text so that the row parser sees one form whether the user typed an Excel date or text.
 */
final class RosterReader {

    /** Enough for the largest 党委 in one go; beyond this a user is better served by several files. */
    static final int MAX_ROWS = 20_000;
    /** 20,000 filled rows are about 1.5 MB; the cap bounds what a single upload can make the server unpack. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("\\d{8}");

    /** One data row: its number as Excel shows it and the text of every column present in the file. */
    record SheetRow(int rowNumber, Map<RosterColumn, String> cells) {

        String get(RosterColumn column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final RosterText text;

    RosterReader(RosterText text) {
        this.text = text;
    }

    List<SheetRow> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("roster.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("roster.error.tooLarge",
                    String.format(Locale.ROOT, "%.1f", content.length / 1048576.0), MAX_BYTES / 1048576);
        }
        Xlsx.requireXlsx(content, "roster.error.notXlsx", "roster.error.unreadable");
        RowCollector rows = new RowCollector();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UserFacingException("roster.error.noHeader");
            }
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
            throw new UserFacingException("roster.error.unreadable");
        } catch (Exception e) {
            // POI reports damaged zips, zip bombs, encryption and broken XML as assorted exceptions
            throw new UserFacingException("roster.error.unreadable");
        }
        return rows.result();
    }

    /** Receives the cells of the first sheet row by row, finds the header and collects the data rows. */
    private final class RowCollector implements SheetContentsHandler {

        private final Map<String, RosterColumn> titles = text.headerTitles();
        private final Map<Integer, RosterColumn> columns = new HashMap<>();
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
                current.put((int) new CellReference(reference).getCol(), plain(value.strip()));
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
                throw new UserFacingException("roster.error.noHeader");
            }
        }

        /** The header is the first top row naming at least two known columns (a title row may precede it). */
        private boolean header() {
            Map<Integer, RosterColumn> found = new HashMap<>();
            Map<RosterColumn, Integer> seen = new EnumMap<>(RosterColumn.class);
            current.forEach((index, value) -> {
                RosterColumn column = titles.get(RosterText.normalizeTitle(value));
                if (column != null) {
                    if (seen.putIfAbsent(column, index) != null) {
                        throw new UserFacingException("roster.error.duplicateColumn", text.title(column));
                    }
                    found.put(index, column);
                }
            });
            if (found.size() < 2) {
                return false;
            }
            List<String> missing = new ArrayList<>();
            for (RosterColumn column : RosterColumn.values()) {
                if (column.required() && !seen.containsKey(column)) {
                    missing.add(text.title(column));
                }
            }
            if (!missing.isEmpty()) {
                throw new UserFacingException("roster.error.missingColumns", String.join(", ", missing));
            }
            columns.putAll(found);
            return true;
        }

        private void dataRow(int rowIndex) {
            Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
            current.forEach((index, value) -> {
                RosterColumn column = columns.get(index);
                if (column != null) {
                    cells.put(column, column.kind() == RosterColumn.Kind.DATE ? dateText(value) : value);
                }
            });
            if (cells.isEmpty() || isExample(cells)) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new UserFacingException("roster.error.tooManyRows", MAX_ROWS);
            }
            rows.add(new SheetRow(rowIndex + 1, cells));
        }

        /** Users often keep the template's example row; it is recognized by its name and skipped. */
        private boolean isExample(Map<RosterColumn, String> cells) {
            String name = cells.get(RosterColumn.NAME);
            return name != null && (name.equals(text.file("roster.template.exampleName"))
                    || name.equals(text.msg("roster.template.exampleName")));
        }

        List<SheetRow> result() {
            if (!headerFound) {
                throw new UserFacingException("roster.error.noHeader");
            }
            if (rows.isEmpty()) {
                throw new UserFacingException("roster.error.empty");
            }
            return rows;
        }
    }

    /** Unstyled numeric cells arrive as stored, e.g. 1.3912345678E10 for a phone number. */
    private static String plain(String value) {
        return value.indexOf('E') > 0 && NUMBER.matcher(value).matches()
                ? new BigDecimal(value).stripTrailingZeros().toPlainString() : value;
    }

    /**
     * A number in a date column is an Excel date serial even when the user lost the date format (plausible years
     * only); 19800701 typed as a number is left alone, the parser reads it as yyyyMMdd.
     */
    private static String dateText(String value) {
        if (!NUMBER.matcher(value).matches() || COMPACT_DATE.matcher(value).matches()) {
            return value;
        }
        double serial = Double.parseDouble(value);
        LocalDateTime day = DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial) : null;
        return day != null && day.getYear() >= 1900 && day.getYear() <= 2200 ? day.toLocalDate().toString() : value;
    }

    /**
     * Formats what the SAX reader hands over: date-formatted numbers as yyyy-MM-dd whatever their display format
     * (m/d/yy would be ambiguous), other numbers in full (a phone number must not become 1.39E10 or 13,912,345,678).
     * Workbooks in the old Mac 1904 date system are not considered: current Excel versions no longer create them.
     */
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
