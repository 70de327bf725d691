package io.jifen.scheme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeCatalog.SchemeRow;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.extension.S9Extensions;
import io.jifen.scheme.extension.ui.BudgetBar;
import io.jifen.scheme.extension.ui.ExtensionSection;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Branch extensions in the console (issue 8 point 7), QS company scheme (S9) with the QS-02 branch's extension: the
 * admin's switch lets the branch secretary edit it (the page says so, and the service then takes the secretary's
 * draft), the notice after the parent publishes a new version, and the designer's extension section with S9's
 * budget bars, red when an item overruns.
 */
class SchemesViewExtensionsTest extends KaribuTest {

    private static final String S9_COMPANY = S9Extensions.COMPANY;
    private static final String S9_BRANCH = S9Extensions.BRANCH;

    @Autowired
    SchemeService service;
    @Autowired
    OrgScope scope;

    private Scheme company;
    private Scheme extension;

    @BeforeEach
    void schemes() {
        String tag = S9Extensions.tag();
        company = S9Extensions.company(service, scope, "QS", "KC-" + tag);
        extension = service.create(TestUsers.QS_ADMIN, S9Extensions.unit(scope, "QS-02"),
                "KB-" + tag, "柳湾村个性积分" + tag, company.getId(), S9_BRANCH);
    }

    @Test
    void theAdminsSwitchLetsTheBranchSecretaryEditTheirExtension() {
        SchemesView asSecretary = openView(TestUsers.QS02_SECRETARY);
        assertThat(asSecretary.branchEditing.isVisible()).isFalse();
        assertThat(GridKt._getFormattedRow(asSecretary.grid, indexOf(asSecretary, extension))).contains("只读");
        assertThat(refusal(() -> service.saveDraft(TestUsers.QS02_SECRETARY, extension.getId(), S9_BRANCH)))
                .isInstanceOf(AccessDeniedException.class);
        MockVaadin.tearDown();

        SchemesView asAdmin = openView(TestUsers.QS_ADMIN);
        assertThat(asAdmin.branchEditing.isEnabled()).isFalse();
        asAdmin.grid.select(row(asAdmin, company));
        assertThat(asAdmin.branchEditing.getValue()).isFalse();
        HasValueUtilsKt._setValue(asAdmin.branchEditing, true);
        assertThat(row(asAdmin, company).branchEditing()).isTrue();
        MockVaadin.tearDown();

        asSecretary = openView(TestUsers.QS02_SECRETARY);
        SchemeRow own = row(asSecretary, extension);
        assertThat(own.editable()).isTrue();
        assertThat(GridKt._getFormattedRow(asSecretary.grid, indexOf(asSecretary, extension)))
                .contains("可编辑本支部扩展");
        assertThat(rows(asSecretary)).extracting(SchemeRow::id).doesNotContain(company.getId());
        SchemeVersionRecord saved = service.saveDraft(TestUsers.QS02_SECRETARY, extension.getId(),
                S9_BRANCH.replace("技术创新、合理化建议", "技术创新"));
        assertThat(saved.getDocument()).contains("\"技术创新\"");
    }

    @Test
    void theBranchIsToldWhenTheParentPublishesANewVersion() {
        publishLatest(extension, LocalDate.of(2026, 1, 1));
        SchemesView before = openView(TestUsers.QS02_SECRETARY);
        assertThat(before.parentNotice.isVisible()).isFalse();
        MockVaadin.tearDown();

        service.saveDraft(TestUsers.QS_ADMIN, company.getId(), S9_COMPANY.replace("参加政治学习", "参加政治理论学习"));
        publishLatest(company, LocalDate.of(2026, 4, 1));

        SchemesView after = openView(TestUsers.QS02_SECRETARY);
        assertThat(after.parentNotice.isVisible()).isTrue();
        assertThat(after.parentNotice.getText()).isEqualTo("上级方案已发布新版本，请检查本支部扩展："
                + extension.getName());
        assertThat(row(after, extension).parentAhead()).isTrue();
        assertThat(GridKt._getFormattedRow(after.grid, indexOf(after, extension)))
                .anySatisfy(cell -> assertThat(cell).contains("上级有新版本", "badge error"));
    }

    @Test
    void theExtensionSectionShowsS9sBudgetsAndTurnsRedWhenAnItemOverruns() {
        openAs(TestUsers.QS02_SECRETARY);
        SchemeVersion parent = service.effectiveParentOf(TestUsers.QS02_SECRETARY, extension.getId());
        ExtensionSection section = new ExtensionSection(new DesignerContext(TestUsers.QS02_SECRETARY,
                extension.getOrganization().getId(), parent, false, edit -> { }));
        UI.getCurrent().add(section.component());
        SchemeVersion draft = SchemeDocuments.read(S9_BRANCH);
        section.show(draft);
        assertThat(section.budgetBars()).extracting(BudgetBar::label).containsExactly(
                "个性基础项：已用 35 分 / 额度 35 分", "个性加分项：已用 5 分 / 额度 5 分", "个性否决项：已用 10 分 / 额度 10 分");
        assertThat(section.budgetBars()).noneMatch(BudgetBar::isOver);
        assertThat(section.budgetBars().getFirst().fillWidth()).isEqualTo("100%");
        assertThat(section.changeTexts()).hasSize(3).first().asString().startsWith("新增积分项“岗位履职达标（每月）”");
        assertThat(section.view().lockMark("GEN-MEETING")).isTrue();

        // six 7-point duties reach 42 of the 35 granted
        SchemeVersion over = new SchemeVersion(draft.id(), draft.schemeId(), draft.name(), draft.version(),
                draft.parentVersionId(), null, null, List.of(), List.of(),
                draft.items().stream().map(i -> i.id().equals("A-DUTY") ? i.withCap(OccurrenceCap.count(6)) : i)
                        .toList(), List.of(), List.of(), List.of(), null, null, List.of(), null);
        section.show(over);
        BudgetBar base = section.budgetBars().getFirst();
        assertThat(base.isOver()).isTrue();
        assertThat(base.label()).isEqualTo("个性基础项：已用 42 分 / 额度 35 分 超出额度 7 分");
        assertThat(base.fillColor()).isEqualTo("var(--lumo-error-color)");
        assertThat(section.budgetBars().get(1).isOver()).isFalse();
    }

    @Test
    void aBranchSecretaryStartsTheirOwnBranchsExtensionOfASchemeThatAllowsIt() {
        assertThat(openView(TestUsers.QS01_SECRETARY).blank.isVisible()).as("nothing above allows it yet").isFalse();

        service.allowBranchEditing(TestUsers.QS_ADMIN, company.getId(), true);
        SchemesView view = openView(TestUsers.QS01_SECRETARY);
        assertThat(view.blank.isVisible()).isTrue();
        assertThat(view.blank.getText()).isEqualTo("新建本支部扩展");
        view.blank.click();
        NewSchemeDialog dialog = _get(NewSchemeDialog.class);
        assertThat(dialog.organization.getListDataView().getItems().map(Organization::getCode))
                .as("their own branch only").containsExactly("QS-01");
        assertThat(dialog.parent.getListDataView().getItems().map(SchemeRow::id))
                .as("the schemes above that allow it").containsExactly(company.getId());
        dialog.organization.setValue(dialog.organization.getListDataView().getItems().findFirst().orElseThrow());
        String code = "KX-" + S9Extensions.tag();
        dialog.code.setValue(code);
        dialog.name.setValue("东村个性积分");
        dialog.create.click();
        assertThat(service.list(TestUsers.QS01_SECRETARY).stream().map(Scheme::getCode))
                .as("no parent chosen: nothing stored").doesNotContain(code);
        dialog.parent.setValue(dialog.parent.getListDataView().getItems().findFirst().orElseThrow());
        dialog.create.click();

        Scheme created = service.list(TestUsers.QS01_SECRETARY).stream().filter(x -> x.getCode().equals(code))
                .findFirst().orElseThrow();
        assertThat(created.getParent().getId()).isEqualTo(company.getId());
        long draft = service.versions(TestUsers.QS01_SECRETARY, created.getId()).getFirst().getId();
        assertThat(service.check(TestUsers.QS01_SECRETARY, draft).errors())
                .as("an empty extension of the parent in force").isEmpty();
    }

    private void publishLatest(Scheme scheme, LocalDate from) {
        S9Extensions.publishLatest(service, scheme, from);
    }

    private SchemesView openView(JifenUser user) {
        openAs(user);
        UI.getCurrent().navigate("schemes");
        return (SchemesView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static List<SchemeRow> rows(SchemesView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private static SchemeRow row(SchemesView view, Scheme scheme) {
        return rows(view).stream().filter(r -> r.id() == scheme.getId()).findFirst().orElseThrow();
    }

    private static int indexOf(SchemesView view, Scheme scheme) {
        return rows(view).indexOf(row(view, scheme));
    }

    private static Throwable refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }
}
