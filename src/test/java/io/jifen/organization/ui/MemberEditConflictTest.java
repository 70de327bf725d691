package io.jifen.organization.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.jifen.organization.Member;
import io.jifen.organization.MemberService;
import io.jifen.shared.ui.MainLayout;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two secretaries, one member: the second save gets a clear message instead of overwriting the first. */
class MemberEditConflictTest extends KaribuTest {

    @Autowired
    MemberService members;

    @Test
    void aConcurrentEditIsReportedAndTheFirstEditKept() {
        openAs(TestUsers.QS01_SECRETARY);
        UI.getCurrent().navigate("members");
        MembersView view = (MembersView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        GridKt._clickItem(view.grid, 3);
        Member shown = view.form.member();

        Member elsewhere = members.get(TestUsers.QS01_SECRETARY, shown.getId());
        elsewhere.setPhone("13622223333");
        members.save(TestUsers.QS01_SECRETARY, elsewhere);

        view.form.phone.setValue("13644445555");
        view.form.save.click();
        expectNotifications("该记录已被他人修改，请刷新后重新编辑。");
        assertThat(view.form.isVisible()).as("the form stays open with the user's input").isTrue();
        assertThat(members.get(TestUsers.QS01_SECRETARY, shown.getId()).getPhone()).isEqualTo("13622223333");
    }

    @Test
    void embedModeHidesTheConsolesOwnChrome() {
        openAs(TestUsers.QS01_SECRETARY);
        UI.getCurrent().navigate("members", com.vaadin.flow.router.QueryParameters.of("embed", "1"));
        MainLayout layout = (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(1);
        assertThat(layout.isEmbedded()).isTrue();
        assertThat(layout.isDrawerOpened()).isFalse();
    }

    @Test
    void standaloneModeKeepsTheChrome() {
        openAs(TestUsers.QS01_SECRETARY);
        UI.getCurrent().navigate("members");
        MainLayout standalone = (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(1);
        assertThat(standalone.isEmbedded()).isFalse();
    }
}
