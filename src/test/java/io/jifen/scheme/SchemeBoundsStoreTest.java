package io.jifen.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A scheme with a number out of bounds can be neither imported nor published (issue 6: 1e308 points were accepted
 * and stored); on the real database, through the service.
 */
class SchemeBoundsStoreTest extends IntegrationTest {

    private static final JifenUser ADMIN = TestUsers.QS_ADMIN;
    private static final String S10 = SchemeTemplates.json("s10-guandao-gongsi");
    private static final String FIRST_FIXED = "\"points\" : 3";

    @Autowired
    SchemeService service;
    @Autowired
    OrgScope scope;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static String withPoints(String points) {
        return S10.replaceFirst(Pattern.quote(FIRST_FIXED), "\"points\" : " + points);
    }

    @Test
    void anImportWithHugePointsStoresNothingAndNamesThePath() {
        String org = scope.root(ADMIN).getCode();
        String good = "GOOD-" + System.nanoTime();
        String bad = "HUGE-" + System.nanoTime();
        int before = service.list(ADMIN).size();
        assertThatThrownBy(() -> service.importAll(ADMIN, List.of(
                new SchemeService.ImportedScheme(good, "正常", org, null, S10),
                new SchemeService.ImportedScheme(bad, "巨大", org, null, withPoints("1e308")))))
                .isInstanceOfSatisfying(SchemeRejectedException.class, e -> assertThat(e.report().errors())
                        .extracting(ValidationIssue::path, ValidationIssue::key)
                        .containsExactly(tuple(
                                "$[1].document.scheme.items[0].value.points", "scheme.validation.bounds.range")));
        assertThat(service.list(ADMIN)).hasSize(before)
                .noneMatch(s -> s.getCode().equals(good) || s.getCode().equals(bad));
    }

    @Test
    void aDraftOutOfBoundsCannotBeValidatedNorPublishedAndJustInsideCan() {
        long qs = scope.root(ADMIN).getId();
        Scheme scheme = service.create(ADMIN, qs, "B-" + System.nanoTime(), "边界", null, withPoints("1e16"));
        SchemeVersionRecord draft = service.versions(ADMIN, scheme.getId()).getFirst();
        var report = service.validate(ADMIN, draft.getId());
        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).extracting(ValidationIssue::path)
                .containsExactly("$.scheme.items[0].value.points");
        assertThatThrownBy(() -> service.publish(ADMIN, draft.getId(), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("scheme.error.notValidated");

        service.saveDraft(ADMIN, scheme.getId(), withPoints("10000"));
        assertThat(service.validate(ADMIN, draft.getId()).publishable()).isTrue();
        assertThat(service.publish(ADMIN, draft.getId(), LocalDate.of(2026, 1, 1)).getStatus())
                .isEqualTo(SchemeStatus.PUBLISHED);
    }
}
