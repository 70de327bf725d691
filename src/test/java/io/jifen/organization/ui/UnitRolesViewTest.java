package io.jifen.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.organization.MemberService;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.UnitRole;
import io.jifen.organization.UnitRoleService;
import io.jifen.security.HasJifenUser;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import io.jifen.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** 组织角色 in a Karibu UI on the real services: pick a group, find a member by pinyin, add, see, remove. */
class UnitRolesViewTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    LedgerFixture fixture;
    @Autowired
    UnitRoleService roles;
    @Autowired
    OrganizationService organizations;
    @Autowired
    MemberService members;

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSecretaryNamesTheGroupLeaderFromTheGroupByPinyinAndRemovesThem() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member leader = fixture.member(b, b.group(), "欧阳组长", "ORDINARY");
        fixture.member(b, b.branch(), "欧阳支部", "ORDINARY"); // in the branch, not the group
        UnitRolesView view = open(b.secretary());

        view.show(b.group());
        assertThat(view.picker.kind.getValue()).isEqualTo(UnitRole.Kind.GROUP_LEADER);
        assertThat(suggestions(view, "ouyang")).extracting(Member::getName).containsExactly("欧阳组长");
        view.picker.member.setValue(leader);
        view.picker.add.click();

        assertThat(view.holders.getGenericDataView().getItems().toList()).singleElement().satisfies(h -> {
            assertThat(h.memberName()).isEqualTo("欧阳组长");
            assertThat(h.kind()).isEqualTo(UnitRole.Kind.GROUP_LEADER);
        });
        assertThat(roles.list(b.admin(), b.group().getId())).hasSize(1);

        view.show(b.branch());
        assertThat(view.picker.kind.getListDataView().getItems().toList()).doesNotContain(UnitRole.Kind.GROUP_LEADER);

        UnitRoleService.Holder held = roles.list(b.admin(), b.group().getId()).getFirst();
        roles.remove(b.secretary(), held.roleId());
        view.show(b.group());
        assertThat(view.holders.getGenericDataView().getItems().toList()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Member> suggestions(UnitRolesView view, String typed) {
        var provider = (DataProvider<Member, String>) view.picker.member.getDataProvider();
        return provider.fetch(new Query<>(0, 50, List.of(), null, typed)).toList();
    }

    private UnitRolesView open(JifenUser user) {
        record Principal(JifenUser jifenUser) implements HasJifenUser, java.security.Principal {
            @Override
            public String getName() {
                return jifenUser.username();
            }
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new Principal(user), null, user.authorities()));
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Messages.CHINESE);
        UnitRolesView view = new UnitRolesView(roles, organizations, members);
        UI.getCurrent().add(view);
        return view;
    }
}
