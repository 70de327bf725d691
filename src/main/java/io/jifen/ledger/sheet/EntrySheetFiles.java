package io.jifen.ledger.sheet;

import io.jifen.ledger.LedgerService;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbooks of the entry sheet: the import template of a unit, and the export of the entries in reach. The
 * export streams twice: rows come from the database with a fetch size (MariaDB then streams the result set) and go
 * out through SXSSF, which keeps only a window of rows in memory, so 50,000 entries never sit in the heap at once.
 */
@Service
@Transactional(readOnly = true)
public class EntrySheetFiles {

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 200;
    private static final int FETCH = 1000;
    private static final String EXPORT = "select e.id, e.member_id, m.name, o.name, e.item_id, e.option_code, e.value, "
            + "e.count, e.entry_date, e.basis, e.source, e.status from ledger_entry e "
            + "join member m on m.id = e.member_id join organization o on o.id = e.organization_id "
            + "where e.org_path like ? and e.entry_date between ? and ? order by e.entry_date, e.id";

    private final OrgScope scope;
    private final LedgerService ledger;
    private final SchemesInForce schemes;
    private final Messages messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EntrySheetFiles(OrgScope scope, LedgerService ledger, SchemesInForce schemes, Messages messages,
            DataSource dataSource, Clock clock) {
        this.scope = scope;
        this.ledger = ledger;
        this.schemes = schemes;
        this.messages = messages;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.clock = clock;
    }

    public void template(JifenUser user, long unitId, OutputStream out) {
        Organization unit = scope.require(user, unitId);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new EntrySheetTemplate(workbook, messages).write(unit.getName(),
                    schemes.forUnit(unit.getPath(), LocalDate.now(clock)).orElse(null));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of {@code unitId}'s subtree dated {@code from}..{@code to}, for managers of the unit only. */
    public int export(JifenUser user, long unitId, LocalDate from, LocalDate to, OutputStream out) {
        Organization unit = scope.require(user, unitId);
        if (!ledger.reach(user).manages(unit.getPath())) {
            throw new AccessDeniedException("exports are for the unit's managers");
        }
        SheetTitles titles = new SheetTitles(messages, Messages.CHINESE);
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            Sheet sheet = workbook.createSheet(text("ledger.sheet.name.export"));
            header(sheet.createRow(0), titles);
            int[] next = {1};
            jdbc.query(EXPORT, (RowCallbackHandler) rs -> row(sheet.createRow(next[0]++), rs),
                    unit.getPath() + "%", from, to);
            workbook.write(out);
            return next[0] - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose(); // the temporary file of the flushed rows
        }
    }

    private void header(Row row, SheetTitles titles) {
        String[] values = {text("ledger.sheet.export.id"), titles.file(EntryColumn.MEMBER),
                text("ledger.sheet.export.name"), text("ledger.sheet.export.unit"), titles.file(EntryColumn.ITEM),
                titles.file(EntryColumn.OPTION), titles.file(EntryColumn.VALUE), titles.file(EntryColumn.COUNT),
                titles.file(EntryColumn.DATE), titles.file(EntryColumn.BASIS), text("ledger.sheet.export.source"),
                text("ledger.sheet.export.status")};
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private void row(Row row, ResultSet rs) throws SQLException {
        row.createCell(0).setCellValue(rs.getLong(1));
        row.createCell(1).setCellValue(rs.getLong(2));
        row.createCell(2).setCellValue(rs.getString(3));
        row.createCell(3).setCellValue(rs.getString(4));
        row.createCell(4).setCellValue(rs.getString(5));
        row.createCell(5).setCellValue(rs.getString(6));
        if (rs.getBigDecimal(7) != null) {
            row.createCell(6).setCellValue(rs.getBigDecimal(7).doubleValue());
        }
        row.createCell(7).setCellValue(rs.getInt(8));
        row.createCell(8).setCellValue(rs.getObject(9, LocalDate.class).toString());
        row.createCell(9).setCellValue(rs.getString(10));
        row.createCell(10).setCellValue(text("ledger.source." + rs.getString(11)));
        row.createCell(11).setCellValue(text("ledger.status." + rs.getString(12)));
    }

    private String text(String key, Object... arguments) {
        return messages.getTranslation(key, Messages.CHINESE, arguments);
    }
}
