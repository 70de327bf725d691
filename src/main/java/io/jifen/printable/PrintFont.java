package io.jifen.printable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font shipped with the app (WenQuanYi Micro Hei, Apache-2.0, {@code fonts/README.md}), embedded as a subset
 * in every printable. The 5 MB collection is read from the jar once and kept as bytes; each document parses its own
 * copy, because fontbox's font objects read through a positioned stream and are not safe to share between threads.
 */
final class PrintFont {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";
    static final String NAME = "WenQuanYiMicroHei";

    private PrintFont() {
    }

    /** Holder idiom: read on first use, then shared. */
    private static final class Bytes {
        static final byte[] TTC = read();

        private static byte[] read() {
            try (InputStream in = PrintFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + RESOURCE);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The font loaded into one document, and its Unicode map to tell which characters it can draw. */
    record Loaded(PDType0Font font, CmapLookup cmap, TrueTypeCollection source) {

        boolean canDraw(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    /** Loads the font into {@code doc} for subset embedding; close {@code source} after the document is saved. */
    static Loaded load(PDDocument doc) {
        try {
            TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(Bytes.TTC));
            TrueTypeFont ttf = ttc.getFontByName(NAME);
            if (ttf == null) {
                throw new IllegalStateException("font " + NAME + " not found in " + RESOURCE);
            }
            return new Loaded(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup(), ttc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
