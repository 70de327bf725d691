package io.jifen.scheme.designer.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import io.jifen.organization.OrgScope;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.designer.NodeRef;
import io.jifen.scheme.designer.Versions;
import io.jifen.scheme.document.SchemeDocument;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.extension.ExtensionView;
import io.jifen.scheme.extension.S9Extensions;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.shared.ui.NotFoundView;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 8 point 7 in the designer, on the real database: QS's company scheme (S9 公司党委五星) is published and lets
 * its branches edit; the secretary of QS-01 opens the branch's empty extension, sees the parent's tree read-only
 * with lock marks, builds the S9 branch extension ({@code s09-gongsi-zhibu}) through the forms inside the budgets
 * (个性基础 35, 个性加分 5, 个性否决 10), meets an over-budget item at its field, validates and publishes; the stored
 * extension equals the template canonically. QS-02's secretary gets "not found" for it.
 */
class ExtensionDesignerTest extends KaribuTest {

    private static final JifenUser SECRETARY = TestUsers.QS01_SECRETARY;

    @Autowired
    SchemeService service;
    @Autowired
    OrgScope scope;
    @Autowired
    JdbcTemplate jdbc;

    private Scheme company;
    private Scheme extension;
    private long extensionVersion;

    @BeforeEach
    void schemes() {
        String tag = S9Extensions.tag();
        company = S9Extensions.company(service, scope, "QS", "EDC-" + tag);
        service.allowBranchEditing(TestUsers.QS_ADMIN, company.getId(), true);
        SchemeDocument template = SchemeDocuments.readDocument(S9Extensions.BRANCH);
        String empty = SchemeDocuments.write(new SchemeDocument(template.info(),
                Versions.withItems(template.scheme(), List.of())));
        extension = service.create(SECRETARY, S9Extensions.unit(scope, "QS-01"), "EDB-" + tag, "东村个性积分" + tag,
                company.getId(), empty);
        extensionVersion = service.versions(SECRETARY, extension.getId()).getFirst().getId();
    }

    @Test
    void theBranchSecretaryBuildsTheS9ExtensionThroughTheFormsWithinTheBudgets() {
        DesignerView view = designer(SECRETARY, extensionVersion);
        assertThat(view.current().categories()).isEmpty();
        assertThat(view.tree.childrenOf(null)).as("the parent's tree, merged")
                .containsExactly(NodeRef.category("GEN"), NodeRef.category("PER"));
        assertThat(view.tree.childrenOf(NodeRef.category("PER"))).containsExactly(NodeRef.category("PER-BASE"),
                NodeRef.category("PER-BONUS"), NodeRef.category("PER-VETO"));

        view.select(NodeRef.category("PER-BASE"));
        assertThat(view.nodePanel.budgetBar().label()).isEqualTo("个性基础项：已用 0 分 / 额度 35 分");
        addItem(view, "岗位履职达标（每月）");
        view.itemForm.points.setValue(new BigDecimal("7"));
        view.itemForm.capCount.setValue(6);
        overBudgetIsRefusedAtItsField(view);
        view.itemForm.capCount.setValue(5);
        assertThat(view.itemForm.capCount.isInvalid()).isFalse();
        assertThat(view.nodePanel.budgetBar().isOver()).isFalse();
        assertThat(view.nodePanel.budgetBar().label()).isEqualTo("个性基础项：已用 35 分 / 额度 35 分");
        finish(view, Set.of(Recorder.SECRETARY), false, Set.of());

        view.select(NodeRef.category("PER-BONUS"));
        addItem(view, "技术创新、合理化建议");
        range(view, "1", "5");
        finish(view, Set.of(Recorder.SELF_CLAIM), true, Set.of("BRANCH"));

        view.select(NodeRef.category("PER-VETO"));
        addItem(view, "支部认定的否决行为");
        range(view, "1", "10");
        finish(view, Set.of(Recorder.SECRETARY), false, Set.of());
        assertThat(view.issues.entries).noneMatch(e -> e.issue().isError());

        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);
        view.publish.click();
        PublishDialog dialog = _get(PublishDialog.class);
        dialog.effectiveFrom.setValue(LocalDate.of(2026, 4, 1));
        dialog.confirm.click();

        SchemeVersionRecord stored = service.version(SECRETARY, extensionVersion);
        assertThat(stored.getStatus()).isEqualTo(SchemeStatus.PUBLISHED);
        assertThat(stored.getPublishedBy()).isEqualTo(SECRETARY.username());
        assertThat(canonical(stored.getDocument())).isEqualTo(canonical(S9Extensions.BRANCH));
    }

    /** 7 points × 6 a period = 42 > 35: the count cap is where the item's reach is decided, so the error is there. */
    private void overBudgetIsRefusedAtItsField(DesignerView view) {
        SchemeVersion parent = service.effectiveParentOf(SECRETARY, extension.getId());
        String itemId = view.tree.selected().id();
        var issue = ExtensionView.budgetIssue(view.current(), parent, itemId).orElseThrow();
        String message = ValidationMessages.format(issue, UI.getCurrent().getLocale());
        assertThat(message).contains("42").contains("35");
        assertThat(view.itemForm.capCount.isInvalid()).isTrue();
        assertThat(view.itemForm.capCount.getErrorMessage()).isEqualTo(message);
        assertThat(view.nodePanel.budgetBar().isOver()).isTrue();
        assertThat(view.issues.entries).anyMatch(e -> e.issue().equals(issue));
        assertThat(view.publish.isEnabled()).isFalse();
        view.publish();
        assertThat(_find(PublishDialog.class)).isEmpty();
        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);
        assertThat(service.validate(SECRETARY, extensionVersion).publishable()).isFalse();
        assertThat(service.version(SECRETARY, extensionVersion).getStatus()).isEqualTo(SchemeStatus.DRAFT);
    }

    @Test
    void theParentsNodesAreReadOnlyWithALockMarkAndTakeNoAdditions() {
        DesignerView view = designer(SECRETARY, extensionVersion);
        SchemeVersion before = view.current();
        assertThat(lockMarked(view, NodeRef.category("GEN"))).isTrue();
        assertThat(lockMarked(view, NodeRef.item("GEN-MEETING"))).isTrue();

        view.select(NodeRef.item("GEN-MEETING"));
        assertThat(view.itemForm.name.getValue()).isEqualTo("按时参加组织生活");
        assertThat(view.itemForm.name.isReadOnly()).isTrue();
        assertThat(view.itemForm.points.isReadOnly()).isTrue();
        assertThatThrownBy(() -> _setValue(view.itemForm.name, "改名")).isInstanceOf(IllegalStateException.class);
        assertThat(view.nodePanel.parentsNode.isVisible()).isTrue();
        assertThat(view.nodePanel.override.isVisible()).as("the parent locked it").isFalse();
        assertThat(view.delete.isEnabled()).isFalse();
        assertThat(view.duplicate.isEnabled()).isFalse();
        assertThat(view.addItem.isEnabled()).as("基础项 is not open to branches").isFalse();
        _fireShortcut(view.tree, Key.DELETE);
        _fireShortcut(view.tree, Key.KEY_D, KeyModifier.CONTROL);
        _fireShortcut(view.tree, Key.KEY_N, KeyModifier.ALT);
        _fireShortcut(view.tree, Key.ARROW_UP, KeyModifier.ALT);
        assertThat(view.commands.confirmation).isNull();

        view.select(NodeRef.category("GEN"));
        assertThat(view.categoryForm.capMax.isReadOnly()).isTrue();
        assertThat(view.addCategory.isEnabled()).as("no new top category").isFalse();
        assertThat(view.addSubCategory.isEnabled()).isFalse();
        _fireShortcut(view.tree, Key.KEY_N, KeyModifier.ALT, KeyModifier.SHIFT);
        view.commands.addSubCategory(NodeRef.category("GEN-BASE"));
        view.commands.addChild(NodeRef.category("GEN-BONUS"));
        view.commands.addSibling(null);
        view.commands.delete(NodeRef.category("PER"));
        assertThat(view.current()).isSameAs(before);
        assertThat(view.save.isEnabled()).isFalse();

        // an open category takes the branch's items; they are the branch's to change and carry no parent's lock
        view.select(NodeRef.category("PER-BONUS"));
        assertThat(view.categoryForm.name.isReadOnly()).as("the open category itself is the parent's").isTrue();
        assertThat(view.addItem.isEnabled()).isTrue();
        view.addItem.click();
        NodeRef own = view.tree.selected();
        assertThat(view.current().items()).singleElement().satisfies(i -> assertThat(i.categoryId())
                .isEqualTo("PER-BONUS"));
        assertThat(lockMarked(view, own)).isFalse();
        assertThat(view.itemForm.name.isReadOnly()).isFalse();
        assertThat(view.delete.isEnabled()).isTrue();
        _fireShortcut(view.tree, Key.ARROW_LEFT, KeyModifier.ALT);
        view.commands.drop(own, NodeRef.category("GEN-BASE"), io.jifen.scheme.designer.TreeEdits.Drop.INTO);
        view.commands.drop(NodeRef.item("GEN-MEETING"), NodeRef.category("PER-BONUS"),
                io.jifen.scheme.designer.TreeEdits.Drop.INTO);
        assertThat(view.current().items()).as("never moved out of the open category, nothing of the parent's moved")
                .singleElement().satisfies(i -> assertThat(i.categoryId()).isEqualTo("PER-BONUS"));
    }

    /** A parent node the parent left unlocked (here 履职尽责表现突出) is taken over, changed, and given back. */
    @Test
    void anUnlockedParentNodeIsOverriddenAndDeletingTheOverrideRestoresIt() {
        String tag = S9Extensions.tag();
        int at = S9Extensions.COMPANY.indexOf("\"locked\" : true", S9Extensions.COMPANY.indexOf("GEN-OUTSTANDING"));
        String unlocked = S9Extensions.COMPANY.substring(0, at) + "\"locked\" : false"
                + S9Extensions.COMPANY.substring(at + "\"locked\" : true".length());
        Scheme open = service.create(TestUsers.QS_ADMIN, S9Extensions.unit(scope, "QS"), "EDO-" + tag, "可调整" + tag,
                null, unlocked);
        S9Extensions.publishLatest(service, open, S9Extensions.Q1);
        service.allowBranchEditing(TestUsers.QS_ADMIN, open.getId(), true);
        Scheme branch = service.create(SECRETARY, S9Extensions.unit(scope, "QS-01"), "EDP-" + tag, "调整" + tag,
                open.getId(), service.versions(SECRETARY, extension.getId()).getFirst().getDocument());
        DesignerView view = designer(SECRETARY, service.versions(SECRETARY, branch.getId()).getFirst().getId());
        NodeRef outstanding = NodeRef.item("GEN-OUTSTANDING");

        view.select(NodeRef.item("GEN-MEETING"));
        assertThat(view.nodePanel.override.isVisible()).as("locked by the parent").isFalse();
        view.select(outstanding);
        assertThat(lockMarked(view, outstanding)).as("the parent's, read-only until taken over").isTrue();
        assertThat(view.itemForm.name.isReadOnly()).isTrue();
        assertThat(view.nodePanel.override.isVisible()).isTrue();
        view.nodePanel.override.click();
        assertThat(view.current().items()).extracting(i -> i.id()).containsExactly("GEN-OUTSTANDING");
        assertThat(view.itemForm.name.isReadOnly()).isFalse();
        assertThat(lockMarked(view, outstanding)).isFalse();
        view.itemForm.name.setValue("履职尽责表现特别突出");
        assertThat(view.tree.label(outstanding).getChildren().map(c -> c.getElement().getText()))
                .contains("履职尽责表现特别突出");
        assertThat(view.duplicate.isEnabled()).as("an override is no new node").isFalse();

        assertThat(view.delete.isEnabled()).isTrue();
        view.delete.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(view.commands.confirmation);
        assertThat(view.current().items()).isEmpty();
        view.select(outstanding);
        assertThat(view.itemForm.name.getValue()).isEqualTo("履职尽责表现突出");
        assertThat(view.itemForm.name.isReadOnly()).isTrue();
    }

    @Test
    void aSiblingBranchsSecretaryGetsNotFound() {
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme_version", Long.class);
        assertThat(openDesigner(TestUsers.QS02_SECRETARY, extensionVersion)).isInstanceOf(NotFoundView.class);
        assertThat(openDesigner(TestUsers.QS02_SECRETARY, missing)).isInstanceOf(NotFoundView.class);
        assertThat(openDesigner(TestUsers.HN01_SECRETARY, extensionVersion)).isInstanceOf(NotFoundView.class);
        long companyVersion = service.versions(TestUsers.QS_ADMIN, company.getId()).getFirst().getId();
        assertThat(openDesigner(SECRETARY, companyVersion)).as("the company's scheme is above the branch")
                .isInstanceOf(NotFoundView.class);
        assertThat(openDesigner(SECRETARY, extensionVersion)).isInstanceOf(DesignerView.class);
    }

    private static void addItem(DesignerView view, String name) {
        assertThat(view.addItem.isEnabled()).isTrue();
        view.addItem.click();
        assertThat(view.tree.selected().isCategory()).isFalse();
        view.itemForm.name.setValue(name);
    }

    private static void range(DesignerView view, String min, String max) {
        view.itemForm.valueKind.setValue(ItemFields.ValueKind.RANGE);
        view.itemForm.rangeMax.setValue(new BigDecimal(max));
        view.itemForm.rangeMin.setValue(new BigDecimal(min));
    }

    private static void finish(DesignerView view, Set<Recorder> recorders, boolean evidence, Set<String> steps) {
        view.itemForm.recordedBy.setValue(recorders);
        view.itemForm.evidenceRequired.setValue(evidence);
        view.itemForm.reviewSteps.setValue(steps);
        view.itemForm.statuses.setValue(Set.<MemberStatus>of());
        view.itemForm.locked.setValue(true);
        assertThat(view.itemForm.name.isInvalid()).isFalse();
    }

    private static boolean lockMarked(DesignerView view, NodeRef node) {
        return view.tree.label(node).getChildren().anyMatch(c -> c.getElement().getClassList().contains("jifen-lock-mark"));
    }

    /** The scheme part as written by the format, without the version's identity and the items' ids. */
    private static JsonNode canonical(String document) {
        JsonNode tree = SchemeDocuments.readTree(SchemeDocuments.write(SchemeDocuments.read(document)));
        ObjectNode scheme = (ObjectNode) tree.get("scheme");
        List.of("id", "schemeId", "name", "version", "parentVersionId", "effectiveFrom").forEach(scheme::remove);
        scheme.get("items").forEach(i -> ((ObjectNode) i).remove("id"));
        return scheme;
    }

    private DesignerView designer(JifenUser user, long versionId) {
        return (DesignerView) openDesigner(user, versionId);
    }

    private Component openDesigner(JifenUser user, long versionId) {
        return DesignerPages.open(this::openAs, user, versionId);
    }
}
