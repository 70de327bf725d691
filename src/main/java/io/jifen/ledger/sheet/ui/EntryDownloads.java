package io.jifen.ledger.sheet.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import io.jifen.ledger.sheet.EntrySheetFiles;
import io.jifen.security.JifenUser;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Download handlers of the entry sheet for the ledger page: the template of a unit and the export of the entries in
 * reach (filters read when the user clicks, so the current filter of the page is exported).
 */
public final class EntryDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private EntryDownloads() {
    }

    public static DownloadHandler template(EntrySheetFiles files, JifenUser user, long unitId, String fileName) {
        return event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.template(user, unitId, out);
            event.setFileName(fileName);
            event.setContentType(XLSX);
            event.getOutputStream().write(out.toByteArray());
        };
    }

    /** Streams straight into the response (SXSSF): no copy of a large workbook is held in memory. */
    public static DownloadHandler export(EntrySheetFiles files, JifenUser user, Supplier<Long> unitId,
            Supplier<LocalDate> from, Supplier<LocalDate> to, String fileName) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(XLSX);
            files.export(user, unitId.get(), from.get(), to.get(), event.getOutputStream());
        };
    }
}
