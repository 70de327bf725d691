package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in docs/scheme-format.md is a real document: it reads, and writes back byte-identically. */
class SchemeFormatDocTest {

    @Test
    void theDocumentedExampleRoundTrips() throws Exception {
        String md = Files.readString(Path.of("docs/scheme-format.md"));
        int start = md.indexOf("```json\n") + "```json\n".length();
        String example = md.substring(start, md.indexOf("```", start));
        SchemeDocument doc = SchemeDocuments.readDocument(example);
        assertThat(SchemeDocuments.write(doc)).isEqualTo(example);
        assertThat(doc.scheme().categories().getFirst().weight()).isEqualByComparingTo("0.5");
    }
}
