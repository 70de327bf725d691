package io.jifen.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.organization.Member;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The views with two tenants (QS, HN) and two branches of one tenant (QS-01, QS-02): each user sees their own
 * scope only, and the login-name hijack of issue 6 cannot be done through the member form either.
 */
class CrossTenantViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Messages messages;

    @Test
    void eachAdminSeesTheirOwnTenantInEveryView() {
        for (JifenUser admin : List.of(TestUsers.QS_ADMIN, TestUsers.HN_ADMIN)) {
            String own = admin.orgCode();
            openAs(admin);
            UI.getCurrent().navigate("organizations");
            OrganizationView tree = (OrganizationView) currentView();
            assertThat(treeCodes(tree)).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith(own));

            UI.getCurrent().navigate("members");
            MembersView members = (MembersView) currentView();
            assertThat(rows(members)).hasSize(membersOfTenant(own))
                    .allSatisfy(m -> assertThat(m.getOrganization().getCode()).startsWith(own));
            assertThat(members.form.organization.getListDataView().getItems().map(Organization::getCode))
                    .isNotEmpty().allSatisfy(code -> assertThat(code).startsWith(own));
            MockVaadin.tearDown();
        }
    }

    @Test
    void eachSecretarySeesTheirOwnBranchOnly() {
        for (JifenUser secretary : List.of(TestUsers.QS01_SECRETARY, TestUsers.QS02_SECRETARY,
                TestUsers.HN01_SECRETARY)) {
            String own = secretary.orgCode();
            openAs(secretary);
            UI.getCurrent().navigate("members");
            MembersView members = (MembersView) currentView();
            assertThat(rows(members)).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.getOrganization().getCode()).startsWith(own));
            assertThat(members.form.organization.getListDataView().getItems().map(Organization::getCode))
                    .allSatisfy(code -> assertThat(code).startsWith(own));
            UI.getCurrent().navigate("organizations");
            assertThat(treeCodes((OrganizationView) currentView())).allSatisfy(c -> assertThat(c).startsWith(own));
            MockVaadin.tearDown();
        }
    }

    /**
     * The hijack of issue 6, through the views: HN's secretary links an HN member to {@code qs.admin} and another to
     * {@code qs.member} (linked in QS). Both saves look like any other save, and QS's users still see their own
     * profiles — or none — never the HN members.
     */
    @Test
    void linkingAForeignLoginNameInTheMemberFormHijacksNothing() {
        List<Long> linked = new java.util.ArrayList<>();
        try {
            openAs(TestUsers.HN01_SECRETARY);
            UI.getCurrent().navigate("members");
            MembersView view = (MembersView) currentView();
            for (String loginName : List.of("qs.admin", "qs.member")) {
                int row = firstUnlinkedRow(view);
                Member member = GridKt._get(view.grid, row);
                GridKt._clickItem(view.grid, row);
                view.form.ssoUsername.setValue(loginName);
                view.form.save.click();
                assertThat(view.form.isVisible()).as("saved like any other login name").isFalse();
                linked.add(member.getId());
            }
            MockVaadin.tearDown();

            openAs(TestUsers.QS_ADMIN);
            UI.getCurrent().navigate("profile");
            assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                    .contains(messages.getTranslation("profile.notLinked", UI.getCurrent().getLocale()));
            assertThat(_find(TextField.class)).isEmpty();
            MockVaadin.tearDown();

            openAs(TestUsers.QS_MEMBER);
            UI.getCurrent().navigate("profile");
            assertThat(_find(TextField.class)).extracting(TextField::getValue).contains("王建国", "青山村第一党小组");
        } finally {
            linked.forEach(id -> jdbc.update("update member set sso_username = null where id = ?", id));
        }
    }

    @Test
    void eachTenantsMemberSeesTheirOwnProfile() {
        openAs(TestUsers.user("hn.member", "HN-01", io.jifen.security.Role.MEMBER));
        UI.getCurrent().navigate("profile");
        String hnMember = jdbc.queryForObject("select name from member where sso_username = 'hn.member' "
                + "and tenant_id = (select id from organization where code = 'HN')", String.class);
        assertThat(_find(TextField.class)).extracting(TextField::getValue).contains(hnMember)
                .doesNotContain("王建国");
    }

    private int membersOfTenant(String tenantCode) {
        return jdbc.queryForObject("select count(*) from member where tenant_id = "
                + "(select id from organization where code = ?)", Integer.class, tenantCode);
    }

    private static int firstUnlinkedRow(MembersView view) {
        List<Member> rows = rows(view);
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).getSsoUsername() == null).findFirst()
                .orElseThrow();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static List<Member> rows(MembersView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private static List<String> treeCodes(OrganizationView view) {
        return view.tree.getTreeData().getRootItems().stream().flatMap(root -> flatten(view, root).stream())
                .map(Organization::getCode).toList();
    }

    private static List<Organization> flatten(OrganizationView view, Organization unit) {
        List<Organization> all = new java.util.ArrayList<>(List.of(unit));
        view.tree.getTreeData().getChildren(unit).forEach(child -> all.addAll(flatten(view, child)));
        return all;
    }
}
