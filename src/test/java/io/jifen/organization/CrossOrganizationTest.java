package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two tenants (青山乡党委 QS, 华能管道公司党委 HN) and two branches of one tenant: every read, update and delete path
 * of organizations and members refuses foreign data, whatever ids the caller sends — and changes nothing.
 */
class CrossOrganizationTest extends IntegrationTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    MemberService members;
    @Autowired
    OrganizationRepository organizationRepository;
    @Autowired
    MemberRepository memberRepository;
    @Autowired
    MemberClassRepository memberClassRepository;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void adminOfOneTenantNeverTouchesTheOtherTenantsTree() {
        JifenUser qsAdmin = TestUsers.QS_ADMIN;
        Organization hn = unit("HN");
        Organization hn01 = unit("HN-01");
        Organization qs01 = unit("QS-01");

        assertThat(organizations.tree(qsAdmin)).extracting(Organization::getCode)
                .doesNotContain("HN", "HN-01", "HN-02").contains("QS", "QS-01-1");
        assertThat(organizations.tree(TestUsers.HN_ADMIN)).extracting(Organization::getCode)
                .containsExactlyInAnyOrder("HN", "HN-01", "HN-02");
        assertThat(organizations.memberUnits(qsAdmin)).extracting(Organization::getCode).doesNotContain("HN-01");

        refused(() -> organizations.get(qsAdmin, hn01.getId()));
        refused(() -> organizations.create(qsAdmin, hn.getId(), new Organization("X-1", "入侵", OrganizationType.BRANCH)));
        refused(() -> organizations.update(qsAdmin, renamed(hn01, "改名")));
        refused(() -> organizations.move(qsAdmin, hn01.getId(), qs01.getId()));
        refused(() -> organizations.move(qsAdmin, qs01.getId(), hn.getId()));
        refused(() -> organizations.deactivate(qsAdmin, hn01.getId()));
        refused(() -> organizations.reactivate(qsAdmin, hn01.getId()));
        refused(() -> organizations.delete(qsAdmin, hn01.getId()));

        Organization after = unit("HN-01");
        assertThat(after.getName()).isEqualTo("机关党支部");
        assertThat(after.getPath()).isEqualTo(hn01.getPath());
        assertThat(after.isActive()).isTrue();
        assertThat(organizationRepository.findByCode("X-1")).isEmpty();
    }

    @Test
    void secretariesCannotShapeTheTreeNorReachABranchNextDoor() {
        JifenUser secretary = TestUsers.QS01_SECRETARY;
        assertThat(organizations.tree(secretary)).extracting(Organization::getCode)
                .containsExactlyInAnyOrder("QS-01", "QS-01-1", "QS-01-2");
        refused(() -> organizations.get(secretary, unit("QS-02").getId()));
        refused(() -> organizations.get(secretary, unit("QS").getId()));
        refused(() -> organizations.create(secretary, unit("QS-01").getId(),
                new Organization("QS-01-9", "新小组", OrganizationType.GROUP)));
        refused(() -> organizations.update(secretary, renamed(unit("QS-01-1"), "改名")));
        refused(() -> organizations.deactivate(secretary, unit("QS-01-2").getId()));
        refused(() -> organizations.delete(secretary, unit("QS-01-2").getId()));
        refused(() -> organizations.tree(TestUsers.QS_MEMBER));
    }

    @Test
    void memberReadsAreScoped() {
        JifenUser qsAdmin = TestUsers.QS_ADMIN;
        Member foreign = memberIn("HN-01");
        MemberFilter all = MemberFilter.none();

        assertThat(members.count(qsAdmin, all)).isEqualTo(memberRepository.count(
                (root, q, cb) -> cb.like(root.get("organization").get("path"), "/1/%")));
        assertThat(members.page(qsAdmin, all, PageRequest.of(0, 500)))
                .allSatisfy(m -> assertThat(m.getOrganization().getCode()).startsWith("QS"));
        assertThat(members.page(TestUsers.QS01_SECRETARY, all, PageRequest.of(0, 500)))
                .isNotEmpty().allSatisfy(m -> assertThat(m.getOrganization().getCode()).startsWith("QS-01"));

        assertThat(members.all(TestUsers.HN_ADMIN, all, Sort.unsorted())).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getOrganization().getCode()).startsWith("HN"));
        assertThat(members.all(TestUsers.QS02_SECRETARY, all, Sort.unsorted())).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getOrganization().getCode()).startsWith("QS-02"));
        refused(() -> members.all(TestUsers.QS02_SECRETARY, new MemberFilter(unit("QS-01").getId(), null, null, null), Sort.unsorted()));
        refused(() -> members.memberClasses(TestUsers.QS_MEMBER));

        refused(() -> members.get(qsAdmin, foreign.getId()));
        refused(() -> members.page(qsAdmin, new MemberFilter(unit("HN").getId(), null, null, null), PageRequest.of(0, 10)));
        refused(() -> members.count(TestUsers.QS01_SECRETARY,
                new MemberFilter(unit("QS-02").getId(), null, null, null)));
        refused(() -> members.get(TestUsers.QS01_SECRETARY, memberIn("QS-02-1").getId()));
        refused(() -> members.page(TestUsers.QS_MEMBER, all, PageRequest.of(0, 10)));
        assertThat(members.memberClasses(qsAdmin)).extracting(MemberClass::getCode)
                .containsExactly("CADRE", "ORDINARY", "MOBILE", "ELDERLY");
        assertThat(members.memberClasses(TestUsers.HN01_SECRETARY)).extracting(MemberClass::getCode)
                .containsExactly("MANAGER", "FRONTLINE");
    }

    @Test
    void memberWritesAreScoped() {
        JifenUser qsAdmin = TestUsers.QS_ADMIN;
        Member foreign = memberIn("HN-01");
        String foreignPhone = foreign.getPhone();
        Member own = memberIn("QS-01-1");

        foreign.setPhone("13000000000");
        refused(() -> members.save(qsAdmin, foreign));

        Member smuggled = memberIn("QS-01-1");
        smuggled.setOrganization(unit("HN-01"));
        refused(() -> members.save(qsAdmin, smuggled));

        Member withForeignClass = memberIn("QS-01-1");
        withForeignClass.setMemberClass(memberClassRepository.findByOrganizationIdOrderBySortOrder(unit("HN").getId())
                .getFirst());
        refused(() -> members.save(qsAdmin, withForeignClass));

        Member created = new Member();
        created.setName("外来人员");
        created.setGender(Gender.MALE);
        created.setOrganization(unit("HN-02"));
        refused(() -> members.save(qsAdmin, created));

        refused(() -> members.moveAll(qsAdmin, List.of(foreign.getId()), unit("QS-01-1").getId()));
        refused(() -> members.moveAll(qsAdmin, List.of(own.getId()), unit("HN-01").getId()));
        refused(() -> members.moveAll(TestUsers.QS01_SECRETARY, List.of(own.getId()), unit("QS-02-1").getId()));
        refused(() -> members.moveAll(TestUsers.QS01_SECRETARY,
                List.of(own.getId(), memberIn("QS-02-1").getId()), unit("QS-01-2").getId()));

        assertThat(memberRepository.findWithOrganizationById(foreign.getId()).orElseThrow().getPhone())
                .isEqualTo(foreignPhone);
        assertThat(memberRepository.findWithOrganizationById(own.getId()).orElseThrow().getOrganization().getCode())
                .isEqualTo("QS-01-1");
        assertThat(memberRepository.findAll()).noneMatch(m -> m.getName().equals("外来人员"));
    }

    @Test
    void aMemberSeesOnlyTheirOwnProfile() {
        assertThat(members.myProfile(TestUsers.QS_MEMBER)).get().extracting(Member::getName).isEqualTo("王建国");
        assertThat(members.myProfile(TestUsers.user("nobody", "QS", io.jifen.security.Role.MEMBER))).isEmpty();
        assertThat(members.myProfile(TestUsers.user("hn.member", "HN", io.jifen.security.Role.MEMBER))).get()
                .satisfies(m -> assertThat(m.getOrganization().getCode()).startsWith("HN"));
        // the login name alone is not enough: the profile is looked up in the tenant of the user's own org_code
        assertThat(members.myProfile(TestUsers.user("qs.member", "HN", io.jifen.security.Role.MEMBER))).isEmpty();
        assertThat(members.myProfile(TestUsers.user("qs.member", "NOWHERE", io.jifen.security.Role.MEMBER)))
                .isEmpty();
    }

    /**
     * The hijack of issue 6: an HN secretary links one of their members to the login name {@code qs.admin}. That
     * must never make QS's admin see the HN member as their own profile.
     */
    @Test
    void aLoginNameLinkedInOneTenantNeverOpensAProfileInAnother() {
        Member hnMember = unlinkedMemberIn("HN-01", 0);
        try {
            hnMember.setSsoUsername("qs.admin");
            members.save(TestUsers.HN01_SECRETARY, hnMember);
            assertThat(members.myProfile(TestUsers.QS_ADMIN)).isEmpty();
            assertThat(members.myProfile(TestUsers.user("qs.admin", "HN-01", io.jifen.security.Role.MEMBER)))
                    .get().extracting(Member::getId).isEqualTo(hnMember.getId());
        } finally {
            unlink(hnMember.getId());
        }
    }

    /**
     * The "already linked" check is the tenant's own: a name linked in QS is free in HN and the answer is the same
     * as for a name nobody uses, so HN learns nothing about QS's login names. Inside a tenant a login name belongs
     * to one member at most, whichever branch asks.
     */
    @Test
    void theAlreadyLinkedCheckRevealsNothingAboutOtherTenants() {
        Member hnFirst = unlinkedMemberIn("HN-01", 0);
        Member hnSecond = unlinkedMemberIn("HN-01", 1);
        Member qs02 = unlinkedMemberIn("QS-02-1", 0);
        try {
            hnFirst.setSsoUsername("qs.member"); // 王建国's login name in QS
            assertThat(members.save(TestUsers.HN01_SECRETARY, hnFirst).getSsoUsername()).isEqualTo("qs.member");
            assertThat(members.myProfile(TestUsers.QS_MEMBER)).get().extracting(Member::getName).isEqualTo("王建国");

            hnSecond.setSsoUsername("QS.Member");
            assertThatThrownBy(() -> members.save(TestUsers.HN01_SECRETARY, hnSecond))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("member.error.usernameTaken"));
            qs02.setSsoUsername("qs.member");
            assertThatThrownBy(() -> members.save(TestUsers.QS02_SECRETARY, qs02))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("member.error.usernameTaken"));
        } finally {
            unlink(hnFirst.getId());
        }
        assertThat(memberRepository.findWithOrganizationById(hnSecond.getId()).orElseThrow().getSsoUsername())
                .isNull();
        assertThat(memberRepository.findWithOrganizationById(qs02.getId()).orElseThrow().getSsoUsername()).isNull();
    }

    /** The database keeps a login name unique per tenant too, whatever path writes it (a race, a script). */
    @Test
    void theDatabaseAllowsALoginNameOncePerTenant() {
        Member hn = unlinkedMemberIn("HN-02", 0);
        Member qs = unlinkedMemberIn("QS-03-1", 0);
        try {
            jdbc.update("update member set sso_username = 'hn.member' where id = ?", qs.getId());
            assertThatThrownBy(() -> jdbc.update("update member set sso_username = 'hn.member' where id = ?",
                    hn.getId())).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            unlink(qs.getId());
        }
    }

    /** The {@code n}-th member of the unit without a login name. */
    private Member unlinkedMemberIn(String unitCode, int n) {
        Organization unit = unit(unitCode);
        return memberRepository.findAll((root, q, cb) -> cb.and(cb.equal(root.get("organization"), unit),
                        cb.isNull(root.get("ssoUsername"))), Sort.by("id"))
                .stream().skip(n).findFirst()
                .map(m -> memberRepository.findWithOrganizationById(m.getId()).orElseThrow()).orElseThrow();
    }

    private void unlink(long memberId) {
        jdbc.update("update member set sso_username = null where id = ?", memberId);
    }

    private Organization unit(String code) {
        return organizationRepository.findByCode(code).orElseThrow();
    }

    private Member memberIn(String unitCode) {
        Organization unit = unit(unitCode);
        return memberRepository.findAll((root, q, cb) -> cb.equal(root.get("organization"), unit)).stream()
                .findFirst().map(m -> memberRepository.findWithOrganizationById(m.getId()).orElseThrow())
                .orElseThrow();
    }

    private static Organization renamed(Organization unit, String name) {
        unit.setName(name);
        return unit;
    }

    private static void refused(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }
}
