package io.jifen.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.diff.S10Changes;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Phrase;
import io.jifen.security.JifenUser;
import io.jifen.shared.ConflictException;
import io.jifen.shared.Messages;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Versions of a stored scheme: the diff between two of them in words, the history of one as who / when / what,
 * "以此创建新版本", one identity per version (the database's), and the parent in force chosen by effective date.
 */
class SchemeVersionDiffTest extends IntegrationTest {

    private static final JifenUser ADMIN = TestUsers.QS_ADMIN;
    private static final String S10 = SchemeTemplates.json(S10Changes.TEMPLATE);
    private static final LocalDate PUBLISHED = S10Changes.PUBLISHED;

    @Autowired
    SchemeService service;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcTemplate jdbc;

    private Scheme scheme;
    private long v1;

    @BeforeEach
    void publishedS10() {
        TestUsers.signIn(ADMIN);
        scheme = S10Changes.published(service, ADMIN, scope.root(ADMIN).getId(), "D10-");
        v1 = service.versions(ADMIN, scheme.getId()).getFirst().getId();
        assertThat(service.version(ADMIN, v1).getStatus()).isEqualTo(SchemeStatus.PUBLISHED);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theDiffBetweenTwoStoredVersionsListsTheChangesInWords() {
        SchemeVersionRecord v2 = service.newVersionFrom(ADMIN, v1);
        assertThat(v2.getNumber()).isEqualTo(2);
        assertThat(v2.getStatus()).isEqualTo(SchemeStatus.DRAFT);
        // the new draft is the published version's document; only the identity and the effective date differ
        assertThat(zh(service.diff(ADMIN, v1, v2.getId()))).containsExactly("生效日期 2026-01-01 → 无");

        service.saveDraft(ADMIN, scheme.getId(), S10Changes.afterDocument());
        List<String> expected = new ArrayList<>(List.of("生效日期 2026-01-01 → 无"));
        expected.addAll(S10Changes.CHINESE);
        assertThat(zh(service.diff(ADMIN, v1, v2.getId()))).containsExactlyElementsOf(expected);
        assertThat(render(service.diff(ADMIN, scheme.getId(), 1, 2), Locale.ENGLISH))
                .containsAll(S10Changes.ENGLISH).first().isEqualTo("Effective date 2026-01-01 → none");
    }

    @Test
    void theHistoryOfAVersionSaysWhoChangedWhatAndWhen() {
        long v2 = service.newVersionFrom(ADMIN, v1).getId();
        service.saveDraft(ADMIN, scheme.getId(), S10Changes.afterDocument());
        service.validate(ADMIN, v2);

        List<VersionHistory.Entry> history = service.historyInWords(ADMIN, v2);
        assertThat(history).extracting(VersionHistory.Entry::kind)
                .containsExactly(RevisionType.MOD, RevisionType.MOD, RevisionType.ADD);
        assertThat(history).extracting(VersionHistory.Entry::by).containsOnly("qs.admin");
        assertThat(history).allSatisfy(e -> assertThat(e.at()).isNotNull());
        assertThat(zh(history.get(0).changes())).containsExactly("状态：草稿 → 已校验");
        assertThat(zh(history.get(1).changes())).containsExactlyElementsOf(S10Changes.CHINESE);
        assertThat(zh(history.get(2).changes())).containsExactly("创建了这个版本");

        // publishing is in the history too: the status, and the effective date the document now carries
        List<VersionHistory.Entry> published = service.historyInWords(ADMIN, v1);
        assertThat(render(published.getFirst().changes(), Locale.ENGLISH))
                .containsExactly("Status: Validated → Published", "Effective date 2025-01-01 → 2026-01-01");
    }

    @Test
    void aNewVersionFromAPublishedOneCarriesItsRulesUnderItsOwnIdentity() {
        SchemeVersionRecord v2 = service.newVersionFrom(ADMIN, v1);
        SchemeVersion published = SchemeDocuments.read(service.version(ADMIN, v1).getDocument());
        SchemeVersion draft = SchemeDocuments.read(v2.getDocument());
        assertThat(published.id()).isEqualTo(scheme.getCode() + "-v1");
        assertThat(published.schemeId()).isEqualTo(scheme.getCode());
        assertThat(published.effectiveFrom()).isEqualTo(PUBLISHED);
        assertThat(draft.id()).isEqualTo(scheme.getCode() + "-v2");
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.effectiveFrom()).isNull();
        assertThat(draft.categories()).isEqualTo(published.categories());
        assertThat(draft.items()).isEqualTo(published.items());
        // whatever identity a saved document claims, the database's is stored
        service.saveDraft(ADMIN, scheme.getId(), S10.replace("\"S10-v1\"", "\"FORGED-v9\"")
                .replace("\"version\" : 1", "\"version\" : 9"));
        SchemeVersion saved = SchemeDocuments.read(service.version(ADMIN, v2.getId()).getDocument());
        assertThat(saved.id()).isEqualTo(scheme.getCode() + "-v2");
        assertThat(saved.version()).isEqualTo(2);
        // only the identity is rewritten: a number with too many decimals stays as written, for validation to report
        service.saveDraft(ADMIN, scheme.getId(), S10.replace("\"points\" : 3\n", "\"points\" : 3.125\n"));
        assertThat(service.version(ADMIN, v2.getId()).getDocument()).contains("\"points\" : 3.125\n")
                .contains("\"id\" : \"" + scheme.getCode() + "-v2\"");
        assertThat(service.validate(ADMIN, v2.getId()).errors()).extracting(i -> i.path())
                .contains("$.scheme.items[0].value.points");
        // results name the stored version
        assertThat(service.effective(ADMIN, v1).id()).isEqualTo(scheme.getCode() + "-v1");

        // a second new version while this draft is open would lose it: refused
        assertThatThrownBy(() -> service.newVersionFrom(ADMIN, v1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("scheme.error.draftOpen");
        assertThatThrownBy(() -> service.newVersionFrom(TestUsers.QS01_SECRETARY, v1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hnsAdminCannotDiffOrReadTheHistoryOfQsVersions() {
        long v2 = service.newVersionFrom(ADMIN, v1).getId();
        JifenUser hn = TestUsers.HN_ADMIN;
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme_version", Long.class);
        long missingScheme = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme", Long.class);
        Scheme own = service.create(hn, scope.root(hn).getId(), "HD-" + tag(), "红岭方案", null, S10);
        long hnVersion = service.versions(hn, own.getId()).getFirst().getId();

        sameAnswer(() -> service.diff(hn, v1, v2), () -> service.diff(hn, missing, missing));
        sameAnswer(() -> service.diff(hn, hnVersion, v2), () -> service.diff(hn, hnVersion, missing));
        sameAnswer(() -> service.diff(hn, v1, hnVersion), () -> service.diff(hn, missing, hnVersion));
        sameAnswer(() -> service.diff(hn, scheme.getId(), 1, 2), () -> service.diff(hn, missingScheme, 1, 2));
        sameAnswer(() -> service.historyInWords(hn, v1), () -> service.historyInWords(hn, missing));
        sameAnswer(() -> service.newVersionFrom(hn, v1), () -> service.newVersionFrom(hn, missing));
        assertThat(service.versions(ADMIN, scheme.getId())).hasSize(2);
        // the tenant's own admin diffs the same versions
        assertThat(service.diff(ADMIN, v1, v2)).hasSize(1);
    }

    /**
     * S9: the company scheme is republished with a later effective date. Until that date the branch's extension is
     * read against the first version, from that date against the second; neither the published extension nor a new
     * draft of it breaks.
     */
    @Test
    void republishingAParentWithALaterDateKeepsTheExtensionValidAndTheParentIsChosenByDate() {
        LocalDate today = LocalDate.now();
        String company = SchemeTemplates.json("s09-gongsi-wuxing");
        Scheme parent = service.create(ADMIN, scope.root(ADMIN).getId(), "P9-" + tag(), "公司五星方案", null, company);
        long p1 = service.versions(ADMIN, parent.getId()).getFirst().getId();
        service.validate(ADMIN, p1);
        service.publish(ADMIN, p1, today.minusYears(1));
        Scheme branch = service.create(ADMIN, scope.requireCode(ADMIN, "QS-01").getId(), "B9-" + tag(),
                "支部个性积分", parent.getId(), SchemeTemplates.json("s09-gongsi-zhibu"));
        long b1 = service.versions(ADMIN, branch.getId()).getFirst().getId();
        assertThat(service.validate(ADMIN, b1).errors()).isEmpty();
        service.publish(ADMIN, b1, today.minusYears(1));
        assertThat(SchemeDocuments.read(service.version(ADMIN, b1).getDocument()).parentVersionId())
                .isEqualTo(parent.getCode() + "-v1");

        long p2 = service.newVersionFrom(ADMIN, p1).getId();
        service.saveDraft(ADMIN, parent.getId(), company.replace("\"name\" : \"党员积分制管理实施方案\"",
                "\"name\" : \"党员积分制管理实施方案（修订）\""));
        assertThat(service.validate(ADMIN, p2).publishable()).isTrue();
        LocalDate later = today.plusDays(30);
        service.publish(ADMIN, p2, later);

        assertThat(service.effectiveParent(branch, today).id()).isEqualTo(parent.getCode() + "-v1");
        assertThat(service.effectiveParent(branch, later.minusDays(1)).id()).isEqualTo(parent.getCode() + "-v1");
        assertThat(service.effectiveParent(branch, later).id()).isEqualTo(parent.getCode() + "-v2");
        assertThat(service.effectiveParent(branch, later).name()).isEqualTo("党员积分制管理实施方案（修订）");
        assertThat(service.check(ADMIN, b1).errors()).isEmpty();
        assertThat(service.effective(ADMIN, b1).id()).isEqualTo(branch.getCode() + "-v1");

        long b2 = service.newVersionFrom(ADMIN, b1).getId();
        assertThat(service.validate(ADMIN, b2).errors()).isEmpty();
        service.publish(ADMIN, b2, later);
        assertThat(SchemeDocuments.read(service.version(ADMIN, b2).getDocument()).parentVersionId())
                .isEqualTo(parent.getCode() + "-v2");
        assertThat(service.effective(ADMIN, b2).name()).isEqualTo(
                SchemeTemplates.load("s09-gongsi-zhibu").scheme().name());
    }

    private static List<String> zh(List<Phrase> changes) {
        return render(changes, Messages.CHINESE);
    }

    private static List<String> render(List<Phrase> changes, Locale locale) {
        return changes.stream().map(p -> ExplanationMessages.format(p, locale)).toList();
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static void sameAnswer(Executable call, Executable reference) {
        Throwable expected = catchThrowable(reference::execute);
        assertThat(expected).as("the reference call must fail").isNotNull();
        Throwable answer = catchThrowable(call::execute);
        assertThat(answer).as("answer").isNotNull().hasSameClassAs(expected).hasMessage(expected.getMessage());
    }

}
