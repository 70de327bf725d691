package io.jifen.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.SchemeService.ImportedScheme;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every path of schemes and versions with two tenants (QS, HN) and two branches of one tenant (QS-01, QS-02): a
 * foreign id is refused exactly like an id that does not exist, before anything foreign is read, and nothing changes.
 */
class CrossTenantSchemeTest extends IntegrationTest {

    private static final String S10 = SchemeTemplates.json("s10-guandao-gongsi");
    private static final String S9_COMPANY = SchemeTemplates.json("s09-gongsi-wuxing");
    private static final String S9_BRANCH = SchemeTemplates.json("s09-gongsi-zhibu");
    /** An admin of one branch only: the second branch of the tenant is as foreign to them as another tenant. */
    private static final JifenUser QS01_ADMIN = TestUsers.user("qs01.admin", "QS-01", Role.ADMIN);

    @Autowired
    SchemeService service;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcTemplate jdbc;

    private Scheme qsTownship;
    private long qsTownshipVersion;
    private Scheme qsDraftOnly;
    private Scheme qs02Branch;
    private long qs02Version;
    private long missing;

    @BeforeEach
    void schemes() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        qsTownship = service.create(TestUsers.QS_ADMIN, unit("QS"), "XT-" + tag, "乡党委方案", null, S9_COMPANY);
        qsTownshipVersion = service.versions(TestUsers.QS_ADMIN, qsTownship.getId()).getFirst().getId();
        assertThat(service.validate(TestUsers.QS_ADMIN, qsTownshipVersion).publishable()).isTrue();
        service.publish(TestUsers.QS_ADMIN, qsTownshipVersion, LocalDate.of(2026, 1, 1));
        qsDraftOnly = service.create(TestUsers.QS_ADMIN, unit("QS"), "XD-" + tag, "草稿方案", null, S10);
        qs02Branch = service.create(TestUsers.QS_ADMIN, unit("QS-02"), "XB-" + tag, "柳湾村个性积分",
                qsTownship.getId(), S9_BRANCH);
        qs02Version = service.versions(TestUsers.QS_ADMIN, qs02Branch.getId()).getFirst().getId();
        missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme", Long.class);
    }

    /**
     * The parent-id oracle of issue 6: HN imports a scheme "extending" a QS scheme. A published one used to be
     * loaded and validated (400 with its details, or 422 "not published" for a draft) while a missing id gave 403.
     */
    @Test
    void importingWithAForeignParentAnswersLikeAMissingParent() {
        long before = schemeCount();
        Throwable unknown = catchThrowable(() -> service.importAll(TestUsers.HN_ADMIN, List.of(branchOf(missing, "HN"))));
        assertThat(unknown).isInstanceOf(AccessDeniedException.class);
        for (long foreign : List.of(qsTownship.getId(), qsDraftOnly.getId(), qs02Branch.getId())) {
            sameAnswer(() -> service.importAll(TestUsers.HN_ADMIN, List.of(branchOf(foreign, "HN"))), unknown);
            sameAnswer(() -> service.create(TestUsers.HN_ADMIN, unit("HN"), "HX", "借用", foreign, S9_BRANCH),
                    catchThrowable(() -> service.create(TestUsers.HN_ADMIN, unit("HN"), "HX", "借用", missing,
                            S9_BRANCH)));
        }
        // a branch admin cannot reach a scheme of the branch next door through the parent id either
        Throwable unknownInBranch = catchThrowable(() -> service.importAll(QS01_ADMIN,
                List.of(branchOf(missing, "QS-01"))));
        sameAnswer(() -> service.importAll(QS01_ADMIN, List.of(branchOf(qs02Branch.getId(), "QS-01"))),
                unknownInBranch);
        assertThat(schemeCount()).isEqualTo(before);

        // while the tenant's own scheme above the branch is a parent as before
        assertThat(service.importAll(QS01_ADMIN, List.of(branchOf(qsTownship.getId(), "QS-01"))))
                .singleElement().satisfies(s -> assertThat(s.getParent().getId()).isEqualTo(qsTownship.getId()));
    }

    @Test
    void importingIntoAForeignOrganizationAnswersLikeAMissingOne() {
        ImportedScheme foreign = new ImportedScheme("HX-1", "越界", "QS-01", null, S10);
        ImportedScheme unknown = new ImportedScheme("HX-1", "越界", "NO-SUCH-UNIT", null, S10);
        sameAnswer(() -> service.importAll(TestUsers.HN_ADMIN, List.of(foreign)),
                catchThrowable(() -> service.importAll(TestUsers.HN_ADMIN, List.of(unknown))));
        sameAnswer(() -> service.importAll(QS01_ADMIN, List.of(new ImportedScheme("QX", "邻居", "QS-02", null, S10))),
                catchThrowable(() -> service.importAll(QS01_ADMIN, List.of(unknown))));
        refused(() -> service.importAll(TestUsers.QS01_SECRETARY,
                List.of(new ImportedScheme("QX", "支部", "QS-01", null, S10))));
        refused(() -> service.create(TestUsers.HN_ADMIN, unit("QS"), "HX", "越界", null, S10));
        refused(() -> service.create(QS01_ADMIN, unit("QS-02"), "QX", "邻居", null, S10));
    }

    @Test
    void everyReadOfASchemeOrVersionRefusesForeignIdsLikeMissingOnes() {
        assertThat(service.list(TestUsers.HN_ADMIN)).extracting(Scheme::getId)
                .doesNotContain(qsTownship.getId(), qsDraftOnly.getId(), qs02Branch.getId());
        assertThat(service.list(TestUsers.QS01_SECRETARY)).extracting(Scheme::getId)
                .doesNotContain(qs02Branch.getId(), qsTownship.getId());
        assertThat(service.list(TestUsers.QS02_SECRETARY)).extracting(Scheme::getId).contains(qs02Branch.getId());
        refused(() -> service.list(TestUsers.QS_MEMBER));

        for (JifenUser outsider : List.of(TestUsers.HN_ADMIN, TestUsers.HN01_SECRETARY, QS01_ADMIN,
                TestUsers.QS01_SECRETARY, TestUsers.QS_MEMBER)) {
            sameAnswer(() -> service.versions(outsider, qs02Branch.getId()),
                    catchThrowable(() -> service.versions(outsider, missing)));
            sameAnswer(() -> service.version(outsider, qs02Version),
                    catchThrowable(() -> service.version(outsider, missing)));
            sameAnswer(() -> service.history(outsider, qs02Version),
                    catchThrowable(() -> service.history(outsider, missing)));
        }
        assertThat(service.versions(TestUsers.QS02_SECRETARY, qs02Branch.getId())).hasSize(1);
        assertThat(service.history(TestUsers.QS02_SECRETARY, qs02Version)).isNotEmpty();
    }

    @Test
    void everyWriteOfASchemeOrVersionRefusesForeignIdsLikeMissingOnesAndChangesNothing() {
        String document = service.version(TestUsers.QS_ADMIN, qs02Version).getDocument();
        for (JifenUser outsider : List.of(TestUsers.HN_ADMIN, QS01_ADMIN)) {
            sameAnswer(() -> service.saveDraft(outsider, qs02Branch.getId(), S10),
                    catchThrowable(() -> service.saveDraft(outsider, missing, S10)));
            sameAnswer(() -> service.validate(outsider, qs02Version),
                    catchThrowable(() -> service.validate(outsider, missing)));
            sameAnswer(() -> service.publish(outsider, qs02Version, LocalDate.of(2026, 1, 1)),
                    catchThrowable(() -> service.publish(outsider, missing, LocalDate.of(2026, 1, 1))));
            // a published version of another tenant answers like a missing one too, not "already published"
            sameAnswer(() -> service.validate(outsider, qsTownshipVersion),
                    catchThrowable(() -> service.validate(outsider, missing)));
        }
        refused(() -> service.saveDraft(TestUsers.QS02_SECRETARY, qs02Branch.getId(), S10));
        refused(() -> service.validate(TestUsers.QS02_SECRETARY, qs02Version));

        SchemeVersionRecord after = service.version(TestUsers.QS_ADMIN, qs02Version);
        assertThat(after.getDocument()).isEqualTo(document);
        assertThat(after.getStatus()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(service.versions(TestUsers.QS_ADMIN, qs02Branch.getId())).hasSize(1);
    }

    private static ImportedScheme branchOf(long parentId, String organizationCode) {
        return new ImportedScheme("IMP-" + System.nanoTime(), "个性积分", organizationCode, parentId, S9_BRANCH);
    }

    private long unit(String code) {
        return scope.requireCode(TestUsers.QS_ADMIN.orgCode().equals(code) || code.startsWith("QS")
                ? TestUsers.QS_ADMIN : TestUsers.HN_ADMIN, code).getId();
    }

    private long schemeCount() {
        return jdbc.queryForObject("select count(*) from scheme", Long.class);
    }

    /** The call fails exactly as the reference call did: same exception type, same message. */
    private static void sameAnswer(Executable call, Throwable reference) {
        assertThat(reference).as("the reference call must fail").isNotNull();
        Throwable answer = catchThrowable(call::execute);
        assertThat(answer).as("answer").isNotNull().hasSameClassAs(reference).hasMessage(reference.getMessage());
    }

    private static void refused(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }
}
