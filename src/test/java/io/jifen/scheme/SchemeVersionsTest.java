package io.jifen.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.organization.OrgScope;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Versions move draft → validated → published; a published version is frozen in the service and in the database. */
class SchemeVersionsTest extends IntegrationTest {

    private static final JifenUser ADMIN = TestUsers.QS_ADMIN;

    @Autowired
    SchemeService service;
    @Autowired
    OrgScope scope;
    @Autowired
    DataSource dataSource;

    private long qs;

    /** Real documents: S8 (徐家堰村) and S10 (管道公司) as shipped templates. */
    private static final String S8 = io.jifen.scheme.document.SchemeTemplates.json("s08-xujiayan-cun");
    private static final String S10 = io.jifen.scheme.document.SchemeTemplates.json("s10-guandao-gongsi");
    private static final String BROKEN = S8.replace("\"assessedUnit\" : \"QUARTER\"", "\"assessedUnit\" : \"YEAR\"");

    @BeforeEach
    void signIn() {
        TestUsers.signIn(ADMIN);
        qs = scope.root(ADMIN).getId();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aVersionIsDraftedValidatedPublishedAndThenFrozen() {
        Scheme scheme = service.create(ADMIN, qs, "QS-" + System.nanoTime(), "青山乡党员积分制管理办法", null, S8);
        SchemeVersionRecord draft = service.versions(ADMIN, scheme.getId()).getFirst();
        assertThat(draft.getNumber()).isEqualTo(1);
        assertThat(draft.getStatus()).isEqualTo(SchemeStatus.DRAFT);

        service.saveDraft(ADMIN, scheme.getId(), BROKEN);
        assertThatThrownBy(() -> service.publish(ADMIN, draft.getId(), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("scheme.error.notValidated");
        var broken = service.validate(ADMIN, draft.getId());
        assertThat(broken.publishable()).isFalse();
        assertThat(broken.errors()).extracting(i -> i.path()).contains("$.scheme.periodRule.rollUp");
        assertThat(service.version(ADMIN, draft.getId()).getStatus()).isEqualTo(SchemeStatus.DRAFT);
        service.saveDraft(ADMIN, scheme.getId(), S10);
        assertThat(service.validate(ADMIN, draft.getId()).publishable()).isTrue();
        SchemeVersionRecord published = service.publish(ADMIN, draft.getId(), LocalDate.of(2026, 1, 1));
        assertThat(published.getStatus()).isEqualTo(SchemeStatus.PUBLISHED);
        assertThat(published.getPublishedBy()).isEqualTo("qs.admin");
        assertThat(published.getEffectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));

        assertThatThrownBy(() -> service.validate(ADMIN, draft.getId()))
                .hasMessageContaining("scheme.error.published");
        assertThatThrownBy(() -> service.publish(ADMIN, draft.getId(), LocalDate.of(2027, 1, 1)))
                .hasMessageContaining("scheme.error.published");

        SchemeVersionRecord next = service.saveDraft(ADMIN, scheme.getId(), S8);
        assertThat(next.getNumber()).isEqualTo(2);
        assertThat(next.getStatus()).isEqualTo(SchemeStatus.DRAFT);
        // the published document is S10's rules under the stored identity (docs/scheme-format.md "Identity")
        assertThat(service.version(ADMIN, draft.getId()).getDocument()).isEqualTo(VersionIdentity.stamp(S10,
                scheme, 1, null, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAPublishedVersion() {
        Scheme scheme = service.create(ADMIN, qs, "QS-DB-" + System.nanoTime(), "数据库层不可变", null, S10);
        long id = service.versions(ADMIN, scheme.getId()).getFirst().getId();
        assertThat(service.validate(ADMIN, id).publishable()).isTrue();
        service.publish(ADMIN, id, LocalDate.of(2026, 4, 1));

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThatThrownBy(() -> jdbc.update("update scheme_version set document = '{\"hacked\":1}' where id = ?", id))
                .hasRootCauseInstanceOf(SQLException.class).rootCause().hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from scheme_version where id = ?", id))
                .rootCause().hasMessageContaining("immutable");
        assertThat(jdbc.queryForObject("select document from scheme_version where id = ?", String.class, id))
                .isEqualTo(VersionIdentity.stamp(S10, scheme, 1, null, LocalDate.of(2026, 4, 1)));
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoAndWhen() {
        Scheme scheme = service.create(ADMIN, qs, "QS-H-" + System.nanoTime(), "有历史的方案", null, S8);
        long id = service.versions(ADMIN, scheme.getId()).getFirst().getId();
        service.saveDraft(ADMIN, scheme.getId(), S10);
        service.validate(ADMIN, id);
        service.publish(ADMIN, id, LocalDate.of(2026, 7, 1));

        List<SchemeChange> history = service.history(ADMIN, id);
        assertThat(history).extracting(SchemeChange::status).containsExactly(SchemeStatus.PUBLISHED,
                SchemeStatus.VALIDATED, SchemeStatus.DRAFT, SchemeStatus.DRAFT);
        assertThat(history).extracting(SchemeChange::kind).containsExactly(RevisionType.MOD, RevisionType.MOD,
                RevisionType.MOD, RevisionType.ADD);
        assertThat(history).extracting(SchemeChange::by).containsOnly("qs.admin");
        assertThat(history.getLast().document()).isEqualTo(VersionIdentity.stamp(S8, scheme, 1, null));
        assertThat(history).allSatisfy(change -> assertThat(change.at()).isNotNull());
    }

    @Test
    void schemesInheritOnlyDownTheirOwnTreeAndStayInTheirTenant() {
        Scheme township = service.create(ADMIN, qs, "QS-T-" + System.nanoTime(), "乡党委方案", null, "{}");
        long qs01 = id("QS-01");
        Scheme branch = service.create(ADMIN, qs01, "QS-01-T-" + System.nanoTime(), "村支部个性积分", township.getId(), "{}");
        assertThat(branch.getParent().getId()).isEqualTo(township.getId());
        assertThatThrownBy(() -> service.create(ADMIN, id("QS-02"), "QS-02-T", "邻居方案", branch.getId(), "{}"))
                .hasMessageContaining("scheme.error.parentNotAbove");

        JifenUser hnAdmin = TestUsers.HN_ADMIN;
        assertThat(service.list(hnAdmin)).extracting(Scheme::getId).doesNotContain(township.getId(), branch.getId());
        assertThatThrownBy(() -> service.versions(hnAdmin, township.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveDraft(hnAdmin, township.getId(), "{}"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(hnAdmin, scope.root(hnAdmin).getId(), "HN-X", "借用方案",
                township.getId(), "{}")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveDraft(TestUsers.QS01_SECRETARY, branch.getId(), "{}"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(ADMIN, scope.root(hnAdmin).getId(), "X", "越界", null, "{}"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBranchExtensionIsValidatedAgainstTheParentsPublishedVersion() {
        String company = io.jifen.scheme.document.SchemeTemplates.json("s09-gongsi-wuxing");
        String branchPart = io.jifen.scheme.document.SchemeTemplates.json("s09-gongsi-zhibu");
        Scheme parent = service.create(ADMIN, qs, "S9-" + System.nanoTime(), "公司五星方案", null, company);
        Scheme branch = service.create(ADMIN, id("QS-01"), "S9B-" + System.nanoTime(), "支部个性积分",
                parent.getId(), branchPart);
        long branchVersion = service.versions(ADMIN, branch.getId()).getFirst().getId();
        assertThatThrownBy(() -> service.validate(ADMIN, branchVersion))
                .hasMessageContaining("scheme.error.parentNotPublished");

        long parentVersion = service.versions(ADMIN, parent.getId()).getFirst().getId();
        assertThat(service.validate(ADMIN, parentVersion).publishable()).isTrue();
        service.publish(ADMIN, parentVersion, LocalDate.of(2025, 1, 1));
        assertThat(service.validate(ADMIN, branchVersion).errors()).isEmpty();
        assertThat(service.version(ADMIN, branchVersion).getStatus()).isEqualTo(SchemeStatus.VALIDATED);

        // the same branch part without its parent is an error: an extension is never checked alone
        Scheme orphan = service.create(ADMIN, id("QS-02"), "S9O-" + System.nanoTime(), "无上级的个性积分", null,
                branchPart);
        var report = service.validate(ADMIN, service.versions(ADMIN, orphan.getId()).getFirst().getId());
        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).extracting(i -> i.key()).contains("scheme.validation.inheritance.parentMissing");
    }

    @Autowired
    io.jifen.organization.OrganizationService organizations;

    private long id(String code) {
        return organizations.tree(ADMIN).stream().filter(o -> o.getCode().equals(code)).findFirst().orElseThrow().getId();
    }
}
