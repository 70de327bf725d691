package io.jifen.printable.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.jifen.printable.LedgerCardPdf;
import io.jifen.printable.PublicitySheet;
import io.jifen.printable.PublicitySheetPdf;
import io.jifen.score.statement.Statement;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Download buttons for the printables, as the Excel export does it: an {@link Anchor} with a
 * {@link DownloadHandler}. The handler runs in the download request, outside the UI's session lock, so everything
 * it needs (words, locale, the acting user) is taken when the anchor is made.
 */
public final class PrintAnchors {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PrintAnchors() {
    }

    /** Writes the file; returns false when there is nothing to write (the response is then empty). */
    interface Writer {
        boolean write(OutputStream out) throws IOException;
    }

    static Anchor anchor(String label, String fileName, String contentType, Writer writer) {
        Anchor a = new Anchor();
        DownloadHandler handler = (DownloadEvent event) -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            writer.write(event.getOutputStream());
        };
        a.setHref(handler, AttachmentType.DOWNLOAD);
        a.add(new Button(label));
        return a;
    }

    /**
     * The 积分登记卡 of a statement already read through {@code StatementService} (which checked the scope).
     *
     * @param label    the button's words (e.g. bundle key {@code print.pdf})
     * @param fileName from the bundles (e.g. {@code print.card.file}) with the member's name
     */
    public static Anchor ledgerCard(Statement s, String label, String fileName, Locale locale, LocalDate today) {
        return anchor(label, fileName, PDF, out -> {
            LedgerCardPdf.write(s, locale, today, out);
            return true;
        });
    }

    /** A 公示 sheet read through the publication's scope check when the user asks for the file. */
    public static Anchor publicitySheet(Supplier<PublicitySheet> sheet, String label, String fileName, Locale locale,
            LocalDate today) {
        return anchor(label, fileName, PDF, out -> {
            PublicitySheetPdf.write(sheet.get(), locale, today, out);
            return true;
        });
    }
}
