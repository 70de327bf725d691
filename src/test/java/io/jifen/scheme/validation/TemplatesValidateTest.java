package io.jifen.scheme.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.model.SchemeVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every shipped template is publishable as it is: no errors (extensions checked against their parent). */
class TemplatesValidateTest {

    @Test
    void everyTemplateValidatesWithoutErrors() {
        Map<String, SchemeVersion> byVersionId = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String id : SchemeTemplates.ids()) {
            SchemeVersion scheme = SchemeTemplates.load(id).scheme();
            byVersionId.put(scheme.id(), scheme);
            SchemeVersion parent = scheme.parentVersionId() == null ? null : effective(byVersionId,
                    byVersionId.get(scheme.parentVersionId()));
            ValidationReport report = SchemeValidator.validate(scheme, parent);
            report.errors().forEach(e -> problems.add(id + " " + ValidationMessages.formatWithPath(e, Locale.ENGLISH)));
        }
        assertThat(problems).isEmpty();
        assertThat(byVersionId).hasSize(SchemeTemplates.ids().size());
    }

    /** A parent that itself extends another is used as its merged, effective scheme. */
    private static SchemeVersion effective(Map<String, SchemeVersion> byVersionId, SchemeVersion scheme) {
        if (scheme.parentVersionId() == null) {
            return scheme;
        }
        return SchemeResolver.resolve(effective(byVersionId, byVersionId.get(scheme.parentVersionId())), scheme)
                .effective();
    }
}
