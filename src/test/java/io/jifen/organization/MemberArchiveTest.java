package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Members leave the roster by archive (kept, audited, restorable) and a mistake is deleted only within a day — each
 * for the acting user's scope only: secretary their branch, admin their subtree, a member nothing, another tenant
 * nothing (a foreign id answered like a missing one).
 */
class MemberArchiveTest extends IntegrationTest {

    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrganizationRepository units;
    @Autowired
    MemberRepository memberRepository;
    @Autowired
    JdbcTemplate jdbc;
    /** What a test created; removed afterwards so the other tests sharing this database see the demo data only. */
    private final List<Long> createdMembers = new java.util.ArrayList<>();
    private final List<String> createdUnits = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeWhatTheTestCreated() {
        createdMembers.forEach(id -> jdbc.update("delete from member where id = ?", id));
        createdUnits.forEach(code -> jdbc.update("delete from organization where code = ?", code));
    }

    @Test
    void archiveKeepsTheRecordHidesItFromTheRosterAndIsAudited() {
        JifenUser secretary = TestUsers.QS01_SECRETARY;
        Member member = newMember(secretary, "QS-01-2", "归档测试甲");
        long before = members.count(secretary, MemberFilter.none());

        Member archived = members.archive(secretary, member.getId(), "  迁出本乡，已办理组织关系转接  ");
        assertThat(archived.isArchived()).isTrue();
        assertThat(archived.getArchivedBy()).isEqualTo("qs01.secretary");
        assertThat(archived.getArchiveReason()).isEqualTo("迁出本乡，已办理组织关系转接");
        assertThat(members.count(secretary, MemberFilter.none())).isEqualTo(before - 1);
        assertThat(members.page(secretary, MemberFilter.none(), PageRequest.of(0, 100)))
                .extracting(Member::getId).doesNotContain(member.getId());
        assertThat(members.page(secretary, MemberFilter.none().withArchived(true), PageRequest.of(0, 100)))
                .extracting(Member::getId).contains(member.getId());
        assertThat(members.all(secretary, MemberFilter.none(), Sort.unsorted())).extracting(Member::getId)
                .as("the export follows the roster").doesNotContain(member.getId());
        assertThatThrownBy(() -> members.archive(secretary, member.getId(), "再次"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("member.error.alreadyArchived");

        Member restored = members.restore(TestUsers.QS_ADMIN, member.getId());
        assertThat(restored.isArchived()).isFalse();
        assertThat(members.count(secretary, MemberFilter.none())).isEqualTo(before);
        assertThat(members.auditTrail(secretary, member.getId()))
                .extracting(MemberAudit::getAction, MemberAudit::getActedBy, MemberAudit::getReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MemberAudit.Action.ARCHIVE, "qs01.secretary",
                                "迁出本乡，已办理组织关系转接"),
                        org.assertj.core.groups.Tuple.tuple(MemberAudit.Action.RESTORE, "qs.admin", null));
    }

    @Test
    void aReasonIsRequiredAndNothingChangesWithoutOne() {
        Member member = newMember(TestUsers.QS01_SECRETARY, "QS-01-1", "归档测试乙");
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> members.archive(TestUsers.QS01_SECRETARY, member.getId(), blank))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("member.error.reasonRequired");
            assertThatThrownBy(() -> members.deleteMistake(TestUsers.QS01_SECRETARY, member.getId(), blank))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("member.error.reasonRequired");
        }
        assertThat(memberRepository.findById(member.getId()).orElseThrow().isArchived()).isFalse();
        assertThat(members.auditTrail(TestUsers.QS01_SECRETARY, member.getId())).isEmpty();
    }

    @Test
    void aMistakeIsDeletedWithinADayAndTheAuditOutlivesTheRow() {
        Member member = newMember(TestUsers.QS01_SECRETARY, "QS-01-1", "误录测试");
        assertThat(members.isDeletable(member)).isTrue();
        members.deleteMistake(TestUsers.QS01_SECRETARY, member.getId(), "重复录入");
        assertThat(memberRepository.findById(member.getId())).isEmpty();
        List<MemberAudit> trail = members.auditTrail(TestUsers.QS_ADMIN, member.getId());
        assertThat(trail).singleElement().satisfies(a -> {
            assertThat(a.getAction()).isEqualTo(MemberAudit.Action.DELETE);
            assertThat(a.getMemberName()).isEqualTo("误录测试");
            assertThat(a.getActedBy()).isEqualTo("qs01.secretary");
            assertThat(a.getReason()).isEqualTo("重复录入");
        });
        refused(() -> members.auditTrail(TestUsers.HN_ADMIN, member.getId()));
        refused(() -> members.auditTrail(TestUsers.QS02_SECRETARY, member.getId()));
    }

    @Test
    void anOlderRecordCannotBeDeletedOnlyArchived() {
        Member member = newMember(TestUsers.QS01_SECRETARY, "QS-01-1", "老记录测试");
        jdbc.update("update member set created_at = now(6) - interval 2 day where id = ?", member.getId());
        Member reloaded = members.get(TestUsers.QS01_SECRETARY, member.getId());
        assertThat(members.isDeletable(reloaded)).isFalse();
        assertThatThrownBy(() -> members.deleteMistake(TestUsers.QS_ADMIN, member.getId(), "误录"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("member.error.tooOldToDelete");
        assertThat(memberRepository.findById(member.getId())).isPresent();
        members.archive(TestUsers.QS_ADMIN, member.getId(), "已去世");
        assertThat(memberRepository.findById(member.getId()).orElseThrow().isArchived()).isTrue();
    }

    @Test
    void otherTenantsOtherBranchesAndMembersAreRefusedLikeAMissingId() {
        Member member = newMember(TestUsers.QS01_SECRETARY, "QS-01-1", "越权测试");
        long missing = Long.MAX_VALUE;
        for (JifenUser outsider : List.of(TestUsers.HN_ADMIN, TestUsers.HN01_SECRETARY, TestUsers.QS02_SECRETARY,
                TestUsers.QS_MEMBER)) {
            for (long id : new long[] {member.getId(), missing}) {
                refused(() -> members.archive(outsider, id, "越权"));
                refused(() -> members.restore(outsider, id));
                refused(() -> members.deleteMistake(outsider, id, "越权"));
                refused(() -> members.auditTrail(outsider, id));
            }
        }
        Member after = memberRepository.findById(member.getId()).orElseThrow();
        assertThat(after.isArchived()).isFalse();
        assertThat(members.auditTrail(TestUsers.QS_ADMIN, member.getId())).isEmpty();

        // and the other way round: the HN admin archives in their own tenant, which QS never sees
        Member hn = newMember(TestUsers.HN_ADMIN, "HN-01", "华能归档测试");
        members.archive(TestUsers.HN_ADMIN, hn.getId(), "调离公司");
        assertThat(members.page(TestUsers.QS_ADMIN, MemberFilter.none().withArchived(true), PageRequest.of(0, 500)))
                .extracting(Member::getId).doesNotContain(hn.getId());
        assertThat(members.page(TestUsers.HN_ADMIN, MemberFilter.none().withArchived(true), PageRequest.of(0, 500)))
                .extracting(Member::getId).contains(hn.getId());
    }

    @Test
    void deleteAndDeactivateGiveOneCoherentPath() {
        JifenUser admin = TestUsers.QS_ADMIN;
        createdUnits.add("QS-03-ARC");
        Organization group = organizations.create(admin, unit("QS-03").getId(),
                new Organization("QS-03-ARC", "归档路径测试党小组", OrganizationType.GROUP));
        Member member = newMember(admin, "QS-03-ARC", "路径测试");

        // someone on the roster: both actions say "transfer first"
        assertThatThrownBy(() -> organizations.delete(admin, group.getId()))
                .hasMessageContaining("organization.error.deleteHasActiveMembers");
        assertThatThrownBy(() -> organizations.deactivate(admin, group.getId()))
                .hasMessageContaining("organization.error.hasActiveMembers");

        // only history left: delete says "deactivate instead", and deactivating then works
        members.archive(admin, member.getId(), "迁出");
        assertThatThrownBy(() -> organizations.delete(admin, group.getId()))
                .hasMessageContaining("organization.error.hasMembers");
        organizations.deactivate(admin, group.getId());
        assertThat(unit("QS-03-ARC").isActive()).isFalse();
    }

    @Test
    void aNewUnitIsOrderedAfterItsSiblings() {
        Organization parent = unit("QS-02");
        int lastSibling = units.findSubtree(parent.getPath()).stream()
                .filter(o -> o.getParent() != null && o.getParent().getId().equals(parent.getId()))
                .mapToInt(Organization::getSortOrder).max().orElseThrow();
        createdUnits.add("QS-02-ORD");
        Organization created = organizations.create(TestUsers.QS_ADMIN, parent.getId(),
                new Organization("QS-02-ORD", "排序测试党小组", OrganizationType.GROUP));
        assertThat(created.getSortOrder()).isGreaterThan(lastSibling);
        assertThat(organizations.nextSortOrder(TestUsers.QS_ADMIN, parent.getId()))
                .isGreaterThan(created.getSortOrder());
        refused(() -> organizations.nextSortOrder(TestUsers.HN_ADMIN, parent.getId()));
    }

    private Member newMember(JifenUser user, String unitCode, String name) {
        Member member = new Member();
        member.setName(name);
        member.setGender(Gender.FEMALE);
        member.setBirthDate(LocalDate.of(1980, 7, 1));
        member.setOrganization(unit(unitCode));
        Member saved = members.save(user, member);
        createdMembers.add(saved.getId());
        return saved;
    }

    private Organization unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private static void refused(org.junit.jupiter.api.function.Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }
}
