package io.jifen.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import io.jifen.organization.Organization;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 6, UI stumbles 4, 7 and 8 in the organization tree, as an admin meets them. */
class OrganizationStumblesTest extends KaribuTest {

    @Test
    void aNewGroupGoesLastAmongItsSiblingsAndEveryChangeIsConfirmed() {
        OrganizationView view = openTree();
        view.tree.select(find(view, "QS-01"));
        view.add.click();
        OrganizationForm form = _get(OrganizationForm.class);
        assertThat(form.code.isRequiredIndicatorVisible()).isTrue();
        assertThat(form.name.isRequiredIndicatorVisible()).isTrue();
        form.name.setValue("青山村第三党小组");
        form.code.setValue("QS-01-3");
        clearNotifications();
        form.save.click();
        assertThat(texts()).containsExactly("已新增“青山村第三党小组”");
        assertThat(children(view, "QS-01")).extracting(Organization::getCode)
                .containsExactly("QS-01-1", "QS-01-2", "QS-01-3");

        view.tree.select(find(view, "QS-01-3"));
        view.edit.click();
        OrganizationForm rename = _get(OrganizationForm.class);
        rename.name.setValue("青山村新村党小组");
        clearNotifications();
        rename.save.click();
        assertThat(texts()).containsExactly("已保存“青山村新村党小组”");

        clearNotifications();
        view.delete(find(view, "QS-01-3"));
        assertThat(texts()).containsExactly("已删除“青山村新村党小组”");
        assertThat(children(view, "QS-01")).extracting(Organization::getCode).containsExactly("QS-01-1", "QS-01-2");
    }

    @Test
    void aDuplicateCodeIsShownOnTheFieldNotInAToast() {
        OrganizationView view = openTree();
        view.tree.select(find(view, "QS-02"));
        view.add.click();
        OrganizationForm form = _get(OrganizationForm.class);
        form.name.setValue("重复编号党小组");
        form.code.setValue("QS-01-1");
        clearNotifications();
        form.save.click();
        expectNoNotifications();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("编号“QS-01-1”已被使用");
        assertThat(find(view, "QS-01-1").getName()).isEqualTo("青山村第一党小组");

        form.code.setValue("QS-02-9");
        assertThat(form.code.isInvalid()).as("a new code clears the error").isFalse();
        form.close();
    }

    @Test
    void deleteAndDeactivateGiveTheSameAdvice() {
        OrganizationView view = openTree();
        clearNotifications();
        view.delete(find(view, "QS-02-1"));
        assertThat(texts()).singleElement().asString()
                .isEqualTo("“柳湾村第一党小组”仍有 10 名在册党员，不能删除。请先转移党员；如需保留该组织的历史记录，转移后请停用而不要删除");
        clearNotifications();
        view.toggleActive(find(view, "QS-02-1"));
        assertThat(texts()).singleElement().asString().contains("请先转移党员后再停用");
    }

    @Test
    void theTreeHasATitleAndACount() {
        OrganizationView view = openTree();
        assertThat(_get(view, H2.class, spec -> spec.withText("组织架构"))).isNotNull();
        assertThat(view.count.getText()).isEqualTo("共 " + flatten(view).size() + " 个组织");
        assertThat(view.getPageTitle()).isEqualTo("组织架构 · 党员积分管理");
    }

    private OrganizationView openTree() {
        openAs(TestUsers.QS_ADMIN);
        UI.getCurrent().navigate("organizations");
        return (OrganizationView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static List<String> texts() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private static List<Organization> children(OrganizationView view, String code) {
        return view.tree.getTreeData().getChildren(find(view, code));
    }

    private static List<Organization> flatten(OrganizationView view) {
        List<Organization> all = new ArrayList<>();
        view.tree.getTreeData().getRootItems().forEach(r -> collect(view, r, all));
        return all;
    }

    private static void collect(OrganizationView view, Organization unit, List<Organization> into) {
        into.add(unit);
        view.tree.getTreeData().getChildren(unit).forEach(c -> collect(view, c, into));
    }

    private static Organization find(OrganizationView view, String code) {
        return flatten(view).stream().filter(o -> o.getCode().equals(code)).findFirst().orElseThrow();
    }
}
