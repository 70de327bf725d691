package io.jifen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.organization.Member;
import io.jifen.organization.MemberFilter;
import io.jifen.organization.MemberService;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.OrganizationType;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeChange;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every write records the user the service acted for (issue 6), whichever way the user came: no user signed in on
 * the thread at all (API controllers, jobs), or another user signed in on it (a stale or swapped context).
 */
class ActingUserAuditTest extends IntegrationTest {

    private static final String S10 = SchemeTemplates.json("s10-guandao-gongsi");

    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    SchemeService schemes;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aMemberSavedWithoutASignedInUserNamesTheSecretary() {
        TestUsers.signOut();
        Member member = firstMemberOf(TestUsers.QS01_SECRETARY);
        member.setPhone("13800002222");
        members.save(TestUsers.QS01_SECRETARY, member);
        assertThat(modifiedBy("member", member.getId())).isEqualTo("qs01.secretary");
        assertThat(ActingUser.current()).as("the binding ends with the call").isEmpty();
    }

    @Test
    void theUserTheServiceReceivesWinsOverTheThreadsSignedInUser() {
        TestUsers.signIn(TestUsers.HN_ADMIN);
        Member member = firstMemberOf(TestUsers.QS02_SECRETARY);
        jdbc.update("update member set modified_by = null where id = ?", member.getId());
        members.moveAll(TestUsers.QS02_SECRETARY, List.of(member.getId()), unitId("QS-02-2"));
        assertThat(modifiedBy("member", member.getId())).isEqualTo("qs02.secretary");
        members.moveAll(TestUsers.QS02_SECRETARY, List.of(member.getId()), member.getOrganization().getId());
    }

    @Test
    void everyOrganizationWriteNamesTheAdmin() {
        TestUsers.signIn(TestUsers.HN_ADMIN);
        Organization unit = organizations.create(TestUsers.QS_ADMIN, unitId("QS-03"),
                new Organization("AU-" + System.nanoTime() % 100000, "审计测试小组", OrganizationType.GROUP));
        try {
            assertThat(jdbc.queryForObject("select created_by from organization where id = ?", String.class,
                    unit.getId())).isEqualTo("qs.admin");
            organizations.deactivate(TestUsers.QS_ADMIN, unit.getId());
            assertThat(modifiedBy("organization", unit.getId())).isEqualTo("qs.admin");
            jdbc.update("update organization set modified_by = null where id = ?", unit.getId());
            organizations.reactivate(TestUsers.QS_ADMIN, unit.getId());
            assertThat(modifiedBy("organization", unit.getId())).isEqualTo("qs.admin");
            jdbc.update("update organization set modified_by = null where id = ?", unit.getId());
            organizations.move(TestUsers.QS_ADMIN, unit.getId(), unitId("QS-02"));
            assertThat(modifiedBy("organization", unit.getId())).isEqualTo("qs.admin");
        } finally {
            organizations.delete(TestUsers.QS_ADMIN, unit.getId());
        }
    }

    /** Entity auditing and the Envers history of schemes agree on who did it, with nobody signed in. */
    @Test
    void schemeWritesAndTheirHistoryNameTheAdmin() {
        TestUsers.signOut();
        long qs = scope.root(TestUsers.QS_ADMIN).getId();
        Scheme scheme = schemes.create(TestUsers.QS_ADMIN, qs, "AU-" + System.nanoTime(), "审计方案", null,
                SchemeTemplates.json("s08-xujiayan-cun"));
        long version = schemes.versions(TestUsers.QS_ADMIN, scheme.getId()).getFirst().getId();
        schemes.saveDraft(TestUsers.QS_ADMIN, scheme.getId(), S10);
        schemes.validate(TestUsers.QS_ADMIN, version);
        schemes.publish(TestUsers.QS_ADMIN, version, LocalDate.of(2026, 1, 1));
        List<Scheme> imported = schemes.importAll(TestUsers.HN_ADMIN, List.of(
                new SchemeService.ImportedScheme("AU-" + System.nanoTime(), "导入审计", "HN", null, S10)));

        assertThat(jdbc.queryForObject("select created_by from scheme where id = ?", String.class, scheme.getId()))
                .isEqualTo("qs.admin");
        assertThat(modifiedBy("scheme_version", version)).isEqualTo("qs.admin");
        assertThat(schemes.history(TestUsers.QS_ADMIN, version)).hasSize(4).extracting(SchemeChange::by)
                .containsOnly("qs.admin");
        assertThat(jdbc.queryForList("select distinct r.username from scheme_revision r join scheme_aud a "
                + "on a.rev = r.id where a.id = ?", String.class, scheme.getId())).containsExactly("qs.admin");
        assertThat(jdbc.queryForObject("select created_by from scheme where id = ?", String.class,
                imported.getFirst().getId())).isEqualTo("hn.admin");
        assertThat(jdbc.queryForList("select distinct r.username from scheme_revision r join scheme_aud a "
                + "on a.rev = r.id where a.id = ?", String.class, imported.getFirst().getId()))
                .containsExactly("hn.admin");
    }

    @Test
    void aRefusedCallLeavesNoUserBound() {
        assertThatThrownBy(() -> members.page(TestUsers.QS_MEMBER, MemberFilter.none(), PageRequest.of(0, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ActingUser.current()).isEmpty();
        assertThat(ActingUser.auditName()).isEqualTo(ActingUser.SYSTEM);
    }

    @Test
    void nestedBindingsRestoreTheOuterUser() {
        try (ActingUser.Scope outer = ActingUser.bind(TestUsers.QS_ADMIN)) {
            try (ActingUser.Scope inner = ActingUser.bind(TestUsers.HN_ADMIN)) {
                assertThat(ActingUser.auditName()).isEqualTo("hn.admin");
            }
            assertThat(ActingUser.auditName()).isEqualTo("qs.admin");
        }
        assertThat(ActingUser.current()).isEmpty();
        TestUsers.signIn(TestUsers.QS01_SECRETARY);
        assertThat(ActingUser.auditName()).as("outside a service call the signed-in user is recorded")
                .isEqualTo("qs01.secretary");
    }

    private Member firstMemberOf(JifenUser secretary) {
        return members.get(secretary, members.page(secretary, MemberFilter.none(), PageRequest.of(0, 1))
                .getFirst().getId());
    }

    private long unitId(String code) {
        return scope.requireCode(TestUsers.QS_ADMIN, code).getId();
    }

    private String modifiedBy(String table, long id) {
        return jdbc.queryForObject("select modified_by from " + table + " where id = ?", String.class, id);
    }
}
