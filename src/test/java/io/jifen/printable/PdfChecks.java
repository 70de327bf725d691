package io.jifen.printable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the printables' tests read back from a PDF: text per page, and that every font is embedded. */
final class PdfChecks {

    private PdfChecks() {
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                out.add(stripper.getText(doc));
            }
            return out;
        }
    }

    /** Every page's every font is embedded (a Type 0 font whose CID font carries a FontFile2 stream). */
    static void assertFontsEmbedded(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                List<COSName> names = new ArrayList<>();
                page.getResources().getFontNames().forEach(names::add);
                assertThat(names).as("fonts on a page").isNotEmpty();
                for (COSName name : names) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("embedded " + font.getName()).isTrue();
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    var descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                    assertThat(descriptor.getFontFile2()).as("FontFile2 of " + font.getName()).isNotNull();
                    assertThat(font.getName()).as("a subset is tagged ABCDEF+").matches("[A-Z]{6}\\+.*");
                }
            }
        }
    }
}
