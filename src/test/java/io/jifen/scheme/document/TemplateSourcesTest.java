package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The template files are exactly {@code SchemeDocuments.write} of their Java sources ({@link SeedCatalog}, which for
 * S6 / S8 / S9 / S10 are the engine's own fixtures). {@code -Djifen.templates.write=true} regenerates them.
 */
class TemplateSourcesTest {

    private static final Path DIR = Path.of("src/main/resources/templates");

    @Test
    void everyTemplateFileIsTheExportOfItsSource() throws IOException {
        Map<String, SchemeDocument> all = SeedCatalog.all();
        if (Boolean.getBoolean("jifen.templates.write")) {
            Files.createDirectories(DIR);
            List<String> index = new ArrayList<>(List.of("# template ids, one a line; parents before extensions"));
            for (var e : all.entrySet()) {
                Files.writeString(DIR.resolve(e.getKey() + ".json"), SchemeDocuments.write(e.getValue()),
                        StandardCharsets.UTF_8);
                index.add(e.getKey());
            }
            Files.writeString(DIR.resolve("index.txt"), String.join("\n", index) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(SchemeTemplates.ids()).containsExactlyElementsOf(all.keySet());
        for (var e : all.entrySet()) {
            assertThat(SchemeTemplates.json(e.getKey())).as(e.getKey())
                    .isEqualTo(SchemeDocuments.write(e.getValue()));
        }
    }
}
