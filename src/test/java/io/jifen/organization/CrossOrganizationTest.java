package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.security.JifenUser;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
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
