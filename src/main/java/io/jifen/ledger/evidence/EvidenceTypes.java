package io.jifen.ledger.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file types evidence may be, told by the file's first bytes (a renamed .exe stays refused, a photo named .pdf
 * is still a photo): JPEG, PNG, WebP, GIF and PDF.
 */
public final class EvidenceTypes {

    private EvidenceTypes() {
    }

    /** The content type the bytes are, if they are one of the accepted kinds. */
    public static Optional<String> detect(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of("image/webp");
        }
        if (ascii(b, 0, "%PDF-")) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] b, int at, String s) {
        byte[] want = s.getBytes(StandardCharsets.US_ASCII);
        return b.length >= at + want.length && Arrays.equals(b, at, at + want.length, want, 0, want.length);
    }

    private static boolean starts(byte[] b, int at, int... want) {
        if (b.length < at + want.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if ((b[at + i] & 0xFF) != want[i]) {
                return false;
            }
        }
        return true;
    }
}
