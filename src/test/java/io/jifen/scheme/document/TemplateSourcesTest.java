package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.SeedFixtures;
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

    @Test
    void theEngineFixturesComeBackEqualFromTheirTemplates() {
        // S6 / S8 / S9 / S10: same records (not only the same JSON) as the fixtures the engine tests use
        assertThat(SchemeTemplates.load("s06-xinba-xiang").scheme()).isEqualTo(SeedFixtures.s6());
        assertThat(SchemeTemplates.load("s08-xujiayan-cun").scheme()).isEqualTo(SeedFixtures.s8());
        assertThat(SchemeTemplates.load("s09-gongsi-wuxing").scheme()).isEqualTo(SeedFixtures.s9());
        assertThat(SchemeTemplates.load("s09-gongsi-zhibu").scheme()).isEqualTo(SeedFixtures.s9Branch());
        assertThat(SchemeTemplates.load("s10-guandao-gongsi").scheme()).isEqualTo(SeedFixtures.s10());
    }

    @Test
    void theCatalogueNamesEverySeed() {
        assertThat(SchemeTemplates.list()).extracting(SchemeTemplates.Entry::seed).containsOnly("S1", "S2", "S3",
                "S4", "S5", "S6", "S7", "S8", "S9", "S10").hasSize(12);
        assertThat(SchemeTemplates.list()).allSatisfy(e -> assertThat(e.name()).isNotBlank());
        assertThat(SchemeTemplates.list()).filteredOn(e -> e.parentVersionId() != null)
                .extracting(SchemeTemplates.Entry::id).containsExactly("s07-xx-xiang", "s09-gongsi-zhibu");
    }
}
