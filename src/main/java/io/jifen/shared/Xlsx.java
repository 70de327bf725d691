package io.jifen.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.FileMagic;

/** Checks shared by the workbook uploads (roster, scheme items). */
public final class Xlsx {

    private Xlsx() {
    }

    /**
     * The extension can lie; the first bytes cannot. An old .xls (OLE2) or a CSV is refused with the feature's
     * advice ({@code notXlsxKey}); bytes that cannot even be inspected with {@code unreadableKey}.
     */
    public static void requireXlsx(byte[] content, String notXlsxKey, String unreadableKey) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            if (FileMagic.valueOf(in) != FileMagic.OOXML) {
                throw new UserFacingException(notXlsxKey);
            }
        } catch (IOException e) {
            throw new UserFacingException(unreadableKey);
        }
    }
}
