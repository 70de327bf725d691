package io.jifen.scheme.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The template files are the one source of the seed schemes (the engine tests read them too, see
 * {@code io.jifen.scoring.SeedFixtures}); byte-identical round trips are {@link SchemeDocumentsTest}'s, validation is
 * {@code TemplatesValidateTest}'s. Here: the catalogue, and descriptions a Chinese admin can read on the schemes page.
 */
class TemplateCatalogTest {

    /** An English word; "xx" (the seed's placeholder) and seed numbers such as "S7" are fine. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    @Test
    void theCatalogueNamesEverySeed() {
        assertThat(SchemeTemplates.list()).extracting(SchemeTemplates.Entry::seed).containsOnly("S1", "S2", "S3",
                "S4", "S5", "S6", "S7", "S8", "S9", "S10").hasSize(12);
        assertThat(SchemeTemplates.list()).allSatisfy(e -> assertThat(e.name()).isNotBlank());
        assertThat(SchemeTemplates.list()).filteredOn(e -> e.parentVersionId() != null)
                .extracting(SchemeTemplates.Entry::id).containsExactly("s07-xx-xiang", "s09-gongsi-zhibu");
    }

    @Test
    void everyTemplateIsDescribedInChinese() {
        for (String id : SchemeTemplates.ids()) {
            String description = SchemeTemplates.load(id).info().description();
            assertThat(description).as(id).isNotBlank().containsPattern("\\p{IsHan}{6,}");
            assertThat(ENGLISH_WORD.matcher(description).find()).as(id + ": " + description).isFalse();
        }
    }
}
