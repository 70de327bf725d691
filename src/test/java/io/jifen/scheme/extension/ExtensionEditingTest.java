package io.jifen.scheme.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeCatalog;
import io.jifen.scheme.SchemeCatalog.SchemeRow;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who edits a branch's extension, through the services, with two tenants (QS, HN) and two branches of QS (QS-01,
 * QS-02) extending the QS company scheme (S9): the branch secretary writes their own extension only while the parent
 * allows it, never the parent or the sibling's extension or another tenant's — refused like a missing id — and the
 * schemes list tells the branch when the parent publishes a newer version.
 */
class ExtensionEditingTest extends IntegrationTest {

    private static final String S9_COMPANY = S9Extensions.COMPANY;
    private static final String S9_BRANCH = S9Extensions.BRANCH;
    private static final LocalDate Q1 = S9Extensions.Q1;

    @Autowired
    SchemeService service;
    @Autowired
    ExtensionService extensions;
    @Autowired
    SchemeCatalog catalog;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcTemplate jdbc;

    private String tag;
    private Scheme company;
    private long companyVersion;
    private Scheme qs01Extension;
    private Scheme qs02Extension;
    private Scheme hnExtension;
    private long missing;
    private long missingVersion;

    @BeforeEach
    void schemes() {
        tag = S9Extensions.tag();
        company = S9Extensions.company(service, scope, "QS", "EC-" + tag);
        companyVersion = latest(TestUsers.QS_ADMIN, company).getId();
        qs01Extension = service.create(TestUsers.QS_ADMIN, unit("QS-01"), "E1-" + tag, "东村个性积分" + tag,
                company.getId(), S9_BRANCH);
        qs02Extension = service.create(TestUsers.QS_ADMIN, unit("QS-02"), "E2-" + tag, "柳湾村个性积分" + tag,
                company.getId(), S9_BRANCH);
        Scheme hnCompany = S9Extensions.company(service, scope, "HN", "HC-" + tag);
        service.allowBranchEditing(TestUsers.HN_ADMIN, hnCompany.getId(), true);
        hnExtension = service.create(TestUsers.HN_ADMIN, unit("HN-01"), "HE-" + tag, "红岭支部个性积分",
                hnCompany.getId(), S9_BRANCH);
        missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme", Long.class);
        missingVersion = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme_version", Long.class);
    }

    @Test
    void theBranchSecretaryEditsTheirExtensionOnlyWhileTheParentAllows() {
        JifenUser secretary = TestUsers.QS02_SECRETARY;
        long version = latest(TestUsers.QS_ADMIN, qs02Extension).getId();
        String edited = S9_BRANCH.replace("技术创新、合理化建议", "技术创新");
        // not allowed (the default): refused exactly like a scheme that does not exist
        sameAnswer(() -> service.saveDraft(secretary, qs02Extension.getId(), edited),
                () -> service.saveDraft(secretary, missing, edited));
        sameAnswer(() -> service.validate(secretary, version), () -> service.validate(secretary, missingVersion));
        assertThat(row(secretary, qs02Extension).editable()).isFalse();
        refused(() -> service.allowBranchEditing(secretary, company.getId(), true));

        service.allowBranchEditing(TestUsers.QS_ADMIN, company.getId(), true);
        assertThat(row(secretary, qs02Extension).editable()).isTrue();
        assertThat(row(TestUsers.QS_ADMIN, company).branchEditing()).isTrue();
        service.saveDraft(secretary, qs02Extension.getId(), edited);
        assertThat(service.validate(secretary, version).publishable()).isTrue();
        SchemeVersionRecord published = service.publish(secretary, version, LocalDate.of(2026, 4, 1));
        assertThat(published.getStatus()).isEqualTo(SchemeStatus.PUBLISHED);
        assertThat(published.getPublishedBy()).isEqualTo(secretary.username());
        assertThat(published.getDocument()).contains("\"技术创新\"");
        // and may start an extension of their own branch, but no scheme that extends nothing
        Scheme own = service.create(secretary, unit("QS-02"), "E3-" + tag, "柳湾村第二扩展", company.getId(), S9_BRANCH);
        assertThat(own.getOrganization().getCode()).isEqualTo("QS-02");
        sameAnswer(() -> service.create(secretary, unit("QS-02"), "E4-" + tag, "独立方案", null, S9_COMPANY),
                () -> service.create(secretary, unit("QS-02"), "E4-" + tag, "独立方案", missing, S9_BRANCH));

        // withdrawn: refused again
        service.allowBranchEditing(TestUsers.QS_ADMIN, company.getId(), false);
        sameAnswer(() -> service.saveDraft(secretary, qs02Extension.getId(), S9_BRANCH),
                () -> service.saveDraft(secretary, missing, S9_BRANCH));
        sameAnswer(() -> extensions.saveDraft(secretary, qs02Extension.getId(), S9_BRANCH),
                () -> extensions.saveDraft(secretary, missing, S9_BRANCH));
    }

    @Test
    void neverTheParentNorASiblingsExtensionNorAnotherTenantsEvenWhenAllowed() {
        service.allowBranchEditing(TestUsers.QS_ADMIN, company.getId(), true);
        JifenUser secretary = TestUsers.QS02_SECRETARY;
        long sibling = qs01Extension.getId();
        long siblingVersion = latest(TestUsers.QS_ADMIN, qs01Extension).getId();
        long hnVersion = latest(TestUsers.HN_ADMIN, hnExtension).getId();
        for (long scheme : List.of(company.getId(), sibling, hnExtension.getId())) {
            sameAnswer(() -> service.saveDraft(secretary, scheme, S9_BRANCH),
                    () -> service.saveDraft(secretary, missing, S9_BRANCH));
            sameAnswer(() -> extensions.state(secretary, scheme), () -> extensions.state(secretary, missing));
            sameAnswer(() -> extensions.validate(secretary, scheme), () -> extensions.validate(secretary, missing));
        }
        // extending a sibling's extension or another tenant's scheme (the company's own is theirs to extend)
        for (long parent : List.of(sibling, hnExtension.getId())) {
            sameAnswer(() -> service.create(secretary, unit("QS-02"), "EX-" + tag, "借用", parent, S9_BRANCH),
                    () -> service.create(secretary, unit("QS-02"), "EX-" + tag, "借用", missing, S9_BRANCH));
        }
        for (long version : List.of(companyVersion, siblingVersion, hnVersion)) {
            sameAnswer(() -> service.validate(secretary, version), () -> service.validate(secretary, missingVersion));
            sameAnswer(() -> service.publish(secretary, version, Q1),
                    () -> service.publish(secretary, missingVersion, Q1));
        }
        // HN's secretary, allowed by HN's own parent, reaches nothing of QS
        sameAnswer(() -> service.saveDraft(TestUsers.HN01_SECRETARY, qs02Extension.getId(), S9_BRANCH),
                () -> service.saveDraft(TestUsers.HN01_SECRETARY, missing, S9_BRANCH));
        // a secretary of the company level is no branch secretary of QS-02
        JifenUser companySecretary = TestUsers.user("qs.secretary", "QS", io.jifen.security.Role.SECRETARY);
        sameAnswer(() -> service.saveDraft(companySecretary, qs02Extension.getId(), S9_BRANCH),
                () -> service.saveDraft(companySecretary, missing, S9_BRANCH));

        assertThat(service.versions(TestUsers.QS_ADMIN, company.getId())).singleElement()
                .satisfies(v -> assertThat(v.getStatus()).isEqualTo(SchemeStatus.PUBLISHED));
        assertThat(latest(TestUsers.QS_ADMIN, qs01Extension).getStatus()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(latest(TestUsers.HN_ADMIN, hnExtension).getStatus()).isEqualTo(SchemeStatus.DRAFT);
        // the own extension, for comparison, is the secretary's to edit
        assertThat(extensions.state(secretary, qs02Extension.getId()).editable()).isTrue();
    }

    @Test
    void theExtensionsStateShowsS9sBudgets() {
        ExtensionService.State state = extensions.state(TestUsers.QS02_SECRETARY, qs02Extension.getId());
        assertThat(state.editable()).isFalse();
        assertThat(state.view().budgets()).extracting(b -> b.name() + " " + ExtensionViewTest.plain(b.used()) + "/"
                + ExtensionViewTest.plain(b.granted())).containsExactly("个性基础项 35/35", "个性加分项 5/5", "个性否决项 10/10");
        assertThat(state.changes()).hasSize(3);
        sameAnswer(() -> extensions.state(TestUsers.QS_ADMIN, company.getId()),
                () -> extensions.state(TestUsers.QS_ADMIN, missing));
    }

    @Test
    void theSchemesListTellsTheBranchWhenTheParentPublishesANewerVersion() {
        JifenUser secretary = TestUsers.QS02_SECRETARY;
        long extensionVersion = latest(TestUsers.QS_ADMIN, qs02Extension).getId();
        assertThat(service.validate(TestUsers.QS_ADMIN, extensionVersion).publishable()).isTrue();
        service.publish(TestUsers.QS_ADMIN, extensionVersion, Q1);
        assertThat(row(secretary, qs02Extension).parentAhead()).isFalse();
        assertThat(catalog.behindParent(secretary)).doesNotContain(qs02Extension.getName());

        // the company publishes its second version, in force from the second quarter
        SchemeVersionRecord second = service.saveDraft(TestUsers.QS_ADMIN, company.getId(),
                S9_COMPANY.replace("按时参加组织生活", "按时参加组织生活会"));
        assertThat(second.getNumber()).isEqualTo(2);
        service.validate(TestUsers.QS_ADMIN, second.getId());
        service.publish(TestUsers.QS_ADMIN, second.getId(), LocalDate.of(2026, 4, 1));

        assertThat(row(secretary, qs02Extension).parentAhead()).isTrue();
        assertThat(catalog.behindParent(secretary)).contains(qs02Extension.getName());
        assertThat(catalog.behindParent(TestUsers.QS_ADMIN)).contains(qs02Extension.getName());
        assertThat(catalog.behindParent(TestUsers.HN_ADMIN)).doesNotContain(qs02Extension.getName());
        assertThat(row(TestUsers.QS_ADMIN, company).parentAhead()).isFalse();
        // never checked against any published parent version: nothing to follow
        assertThat(row(TestUsers.QS_ADMIN, qs01Extension).parentAhead()).isFalse();

        // the branch checks its extension against the new version: the notice is gone
        SchemeVersionRecord followed = service.saveDraft(TestUsers.QS_ADMIN, qs02Extension.getId(), S9_BRANCH);
        assertThat(service.validate(TestUsers.QS_ADMIN, followed.getId()).publishable()).isTrue();
        assertThat(row(secretary, qs02Extension).parentAhead()).isFalse();
        assertThat(catalog.behindParent(secretary)).doesNotContain(qs02Extension.getName());
    }

    private SchemeVersionRecord latest(JifenUser user, Scheme scheme) {
        return service.versions(user, scheme.getId()).getFirst();
    }

    private SchemeRow row(JifenUser user, Scheme scheme) {
        return catalog.page(user, scheme.getCode(), PageRequest.of(0, 10)).stream()
                .filter(r -> r.id() == scheme.getId()).findFirst().orElseThrow();
    }

    private long unit(String code) {
        return S9Extensions.unit(scope, code);
    }

    /** The call fails exactly as the reference call does: same exception type, same message. */
    static void sameAnswer(Executable call, Executable reference) {
        Throwable expected = catchThrowable(reference::execute);
        assertThat(expected).as("the reference call must fail").isNotNull();
        Throwable answer = catchThrowable(call::execute);
        assertThat(answer).as("answer").isNotNull().hasSameClassAs(expected).hasMessage(expected.getMessage());
    }

    private static void refused(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }
}
