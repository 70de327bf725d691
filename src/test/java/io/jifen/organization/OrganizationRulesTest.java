package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tree's own rules: what may sit where, and what may not disappear while people are registered in it. */
class OrganizationRulesTest extends IntegrationTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    MemberService members;
    @Autowired
    OrganizationRepository repository;

    @Test
    void unitsWithMembersOrChildrenAreNotDeleted() {
        long group = id("QS-02-2");
        assertThatThrownBy(() -> organizations.delete(TestUsers.QS_ADMIN, group))
                .isInstanceOf(UserFacingException.class)
                // issue 6, stumble 7: members on the roster → "transfer them first", as deactivation says too
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("organization.error.deleteHasActiveMembers");
        assertThatThrownBy(() -> organizations.delete(TestUsers.QS_ADMIN, id("QS-02")))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("organization.error.hasChildren");
        assertThatThrownBy(() -> organizations.deactivate(TestUsers.QS_ADMIN, id("QS-02")))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("organization.error.hasActiveMembers");
        assertThat(repository.findById(group)).get().extracting(Organization::isActive).isEqualTo(true);
    }

    @Test
    void typesMustFitTheirParentAndAUnitCannotMoveBelowItself() {
        assertThatThrownBy(() -> organizations.create(TestUsers.QS_ADMIN, id("QS-01-1"),
                new Organization("QS-X", "错层支部", OrganizationType.BRANCH)))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("organization.error.typeDoesNotFit");
        assertThatThrownBy(() -> organizations.move(TestUsers.QS_ADMIN, id("QS-01"), id("QS-01-1")))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("organization.error.moveIntoItself");
        assertThatThrownBy(() -> organizations.create(TestUsers.QS_ADMIN, id("QS"),
                new Organization("QS-01", "重复编号", OrganizationType.BRANCH)))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("organization.error.codeTaken");
    }

    @Test
    void anEmptiedUnitCanBeDeactivatedMovedWithItsSubtreeAndReactivated() {
        Organization branch = organizations.create(TestUsers.QS_ADMIN, id("QS"),
                new Organization("QS-T1", "测试支部", OrganizationType.BRANCH));
        Organization group = organizations.create(TestUsers.QS_ADMIN, branch.getId(),
                new Organization("QS-T1-1", "测试小组", OrganizationType.GROUP));
        assertThat(group.getPath()).isEqualTo(branch.getPath() + group.getId() + "/");

        Organization general = organizations.create(TestUsers.QS_ADMIN, id("QS"),
                new Organization("QS-Z", "测试总支", OrganizationType.GENERAL_BRANCH));
        organizations.move(TestUsers.QS_ADMIN, branch.getId(), general.getId());
        assertThat(repository.findByCode("QS-T1-1").orElseThrow().getPath())
                .isEqualTo(general.getPath() + branch.getId() + "/" + group.getId() + "/");

        Member moved = members.get(TestUsers.QS_ADMIN,
                members.page(TestUsers.QS_ADMIN, new MemberFilter(id("QS-03-1"), null, null, null),
                        org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().getId());
        members.moveAll(TestUsers.QS_ADMIN, List.of(moved.getId()), group.getId());
        assertThatThrownBy(() -> organizations.deactivate(TestUsers.QS_ADMIN, branch.getId()))
                .isInstanceOf(UserFacingException.class);
        members.moveAll(TestUsers.QS_ADMIN, List.of(moved.getId()), id("QS-03-1"));

        organizations.deactivate(TestUsers.QS_ADMIN, general.getId());
        assertThat(repository.findByCode("QS-T1-1").orElseThrow().isActive()).isFalse();
        assertThat(organizations.memberUnits(TestUsers.QS_ADMIN)).extracting(Organization::getCode)
                .doesNotContain("QS-T1", "QS-T1-1");
        assertThatThrownBy(() -> organizations.reactivate(TestUsers.QS_ADMIN, branch.getId()))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("organization.error.parentInactive");
        organizations.reactivate(TestUsers.QS_ADMIN, general.getId());

        organizations.delete(TestUsers.QS_ADMIN, group.getId());
        organizations.delete(TestUsers.QS_ADMIN, branch.getId());
        organizations.delete(TestUsers.QS_ADMIN, general.getId());
        assertThat(repository.findByCode("QS-Z")).isEmpty();
    }

    private long id(String code) {
        return repository.findByCode(code).orElseThrow().getId();
    }
}
