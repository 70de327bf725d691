package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.UnitRole.Kind;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 组织角色: who may name whom, where; every change audited; tenants and branches kept apart. */
class UnitRoleServiceTest extends IntegrationTest {

    @Autowired
    LedgerFixture fixture;
    @Autowired
    UnitRoleService roles;
    @Autowired
    UnitRoles held;
    @Autowired
    LedgerService ledger;
    @Autowired
    MemberService members;
    @Autowired
    java.time.Clock clock;

    @Test
    void aSecretaryNamesAGroupLeaderWhoThenLeadsTheGroupInTheLedgerAndRemovalIsAudited() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member leader = fixture.member(b, b.group(), "周组长", "ORDINARY");

        UnitRole role = roles.assign(b.secretary(), b.group().getId(), leader.getId(), Kind.GROUP_LEADER);

        assertThat(role.getCreatedBy()).isEqualTo(b.secretary().username());
        assertThat(role.getCreatedAt()).isNotNull();
        assertThat(roles.list(b.secretary(), b.group().getId())).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(Kind.GROUP_LEADER);
            assertThat(h.memberName()).isEqualTo("周组长");
            assertThat(h.memberUnit()).isEqualTo(b.group().getName());
        });
        JifenUser leaderUser = fixture.userOf(b, leader);
        assertThat(held.pathsWhere(leaderUser, Kind.GROUP_LEADER)).containsExactly(b.group().getPath());
        assertThat(ledger.reach(leaderUser).groupPaths()).containsExactly(b.group().getPath());
        assertThat(roles.kindsByMember(b.admin()).get(leader.getId())).containsExactly(Kind.GROUP_LEADER);

        roles.remove(b.admin(), role.getId());

        assertThat(roles.list(b.secretary(), b.group().getId())).isEmpty();
        assertThat(ledger.reach(leaderUser).groupPaths()).isEmpty();
        assertThat(roles.trail(b.secretary(), b.group().getId())).extracting(UnitRoleAudit::getAction,
                UnitRoleAudit::getActedBy, UnitRoleAudit::getMemberName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(UnitRoleAudit.Action.ASSIGN, b.secretary().username(), "周组长"),
                org.assertj.core.groups.Tuple.tuple(UnitRoleAudit.Action.REMOVE, b.admin().username(), "周组长"));
    }

    @Test
    void aGroupLeaderIsNamedOnlyForAGroupAndOnlyFromThatGroup() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member inBranch = fixture.member(b, b.branch(), "吴支部", "ORDINARY");

        assertThatThrownBy(() -> roles.assign(b.secretary(), b.branch().getId(), inBranch.getId(), Kind.GROUP_LEADER))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("unitRole.error.groupLeaderOnGroup");
        assertThatThrownBy(() -> roles.assign(b.secretary(), b.group().getId(), inBranch.getId(), Kind.GROUP_LEADER))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("unitRole.error.notOnRoster");
        // a department head may sit on the branch itself, and a member of the group is in the branch's subtree
        Member inGroup = fixture.member(b, b.group(), "郑组员", "ORDINARY");
        roles.assign(b.secretary(), b.branch().getId(), inGroup.getId(), Kind.DEPARTMENT_HEAD);
        assertThatThrownBy(() -> roles.assign(b.admin(), b.branch().getId(), inGroup.getId(), Kind.DEPARTMENT_HEAD))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("unitRole.error.alreadyHeld");
    }

    @Test
    void someoneTransferredOutTodayOrArchivedIsNotOnTheRoster() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member gone = fixture.member(b, b.group(), "王转出", "ORDINARY");
        gone.setTransferOutDate(LocalDate.now(clock)); // the transfer-out day is not a member day
        members.save(b.admin(), gone);
        Member archived = fixture.member(b, b.group(), "李归档", "ORDINARY");
        members.archive(b.admin(), archived.getId(), "测试");

        for (Member m : java.util.List.of(gone, archived)) {
            assertThatThrownBy(() -> roles.assign(b.secretary(), b.group().getId(), m.getId(), Kind.GROUP_LEADER))
                    .isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("unitRole.error.notOnRoster");
        }
    }

    @Test
    void anotherTenantOrAnotherBranchGetsTheAnswerOfAMissingId() {
        Branch qs = fixture.branch("QS", "s08-xujiayan-cun");
        Branch hn = fixture.branch("HN", "s08-xujiayan-cun");
        Member qsMember = fixture.member(qs, qs.group(), "钱青山", "ORDINARY");
        Member hnMember = fixture.member(hn, hn.group(), "孙华能", "ORDINARY");
        UnitRole qsRole = roles.assign(qs.secretary(), qs.group().getId(), qsMember.getId(), Kind.GROUP_LEADER);

        // a foreign unit and a missing unit: refused alike, before anything is read
        assertThatThrownBy(() -> roles.assign(hn.admin(), qs.group().getId(), hnMember.getId(), Kind.GROUP_LEADER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.assign(hn.admin(), Long.MAX_VALUE, hnMember.getId(), Kind.GROUP_LEADER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.list(hn.admin(), qs.group().getId())).isInstanceOf(AccessDeniedException.class);
        // a foreign member on an own unit and a missing member: the same refusal
        String foreign = messageKey(() -> roles.assign(hn.admin(), hn.group().getId(), qsMember.getId(),
                Kind.GROUP_LEADER));
        String missing = messageKey(() -> roles.assign(hn.admin(), hn.group().getId(), Long.MAX_VALUE,
                Kind.GROUP_LEADER));
        assertThat(foreign).isEqualTo(missing).isEqualTo("unitRole.error.notOnRoster");
        // a foreign role id and a missing one
        assertThatThrownBy(() -> roles.remove(hn.admin(), qsRole.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.remove(hn.admin(), Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);
        // a secretary of another branch of the same tenant, and a member, manage nothing here
        JifenUser otherSecretary = TestUsers.user("sec.other", "QS-02", Role.SECRETARY);
        assertThatThrownBy(() -> roles.remove(otherSecretary, qsRole.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.list(fixture.userOf(qs, qsMember), qs.group().getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(roles.list(qs.admin(), qs.group().getId())).hasSize(1);
        assertThat(roles.kindsByMember(hn.admin())).doesNotContainKey(qsMember.getId());
    }

    private static String messageKey(Runnable call) {
        try {
            call.run();
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        throw new AssertionError("expected a refusal");
    }
}
