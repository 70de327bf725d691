package io.jifen.scheme.designer.ui;

import io.jifen.scheme.designer.NodeRef;
import io.jifen.scheme.designer.TreeEdits;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeCatalog;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.document.SchemeDocument;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.WithoutIdentity;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Sign;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import io.jifen.shared.ui.NotFoundView;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The designer on the real database with two tenants (QS, HN): a scheme built through the forms and saved; undo and
 * redo; an error at its field and in the list; publishing refused with errors and done with a date; a published
 * version read-only with "new version from this"; a stale save; the leave guard; a foreign version like a missing one.
 */
class DesignerViewTest extends KaribuTest {

    private static final String S10 = SchemeTemplates.json("s10-guandao-gongsi");
    private static final JifenUser QS = TestUsers.QS_ADMIN;

    @Autowired
    SchemeService service;
    @Autowired
    JdbcTemplate jdbc;

    private String tag;
    private Scheme qsScheme;
    private long qsVersion;

    @BeforeEach
    void scheme() {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        qsScheme = service.create(QS, unitId("QS"), "DQ-" + tag, "设计器测试" + tag, null, S10);
        qsVersion = latest(QS, qsScheme).getId();
    }

    @Test
    void anAdminBuildsASmallSchemeThroughTheFormsAndSavesIt() {
        Scheme blank = service.create(QS, unitId("QS"), "DB-" + tag, "空白" + tag, null,
                SchemeCatalog.blankDocument("DB-" + tag, "空白" + tag));
        DesignerView view = designer(QS, latest(QS, blank).getId());
        view.addCategory.click();
        NodeRef study = view.tree.selected();
        assertThat(study.isCategory()).isTrue();
        view.categoryForm.name.setValue("学习教育");
        view.categoryForm.capMax.setValue(new BigDecimal("10"));

        view.addItem.click();
        view.itemForm.name.setValue("参加三会一课");
        view.itemForm.points.setValue(new BigDecimal("2"));
        view.itemForm.capCount.setValue(3);
        view.addItem.click();
        view.itemForm.name.setValue("发表文章");
        view.itemForm.valueKind.setValue(ItemFields.ValueKind.BY_OPTION);
        OptionsEditor.Row first = view.itemForm.options.rows.getFirst();
        first.label().setValue("内部刊物");
        first.max().setValue(new BigDecimal("2"));
        first.min().setValue(new BigDecimal("2"));
        view.itemForm.options.add.click();
        OptionsEditor.Row second = view.itemForm.options.rows.get(1);
        second.label().setValue("外部刊物");
        second.max().setValue(new BigDecimal("5"));
        second.min().setValue(new BigDecimal("5"));

        view.select(study);
        view.addCategory.click();
        view.categoryForm.name.setValue("否决项");
        view.categoryForm.kind.setValue(CategoryKind.DEDUCTION);
        view.categoryForm.capMin.setValue(new BigDecimal("-20"));
        assertThat(view.save.isEnabled()).isTrue();
        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);

        assertThat(view.save.isEnabled()).as("saved, nothing pending").isFalse();
        SchemeVersion stored = SchemeDocuments.read(service.version(QS, latest(QS, blank).getId()).getDocument());
        assertThat(stored).isEqualTo(view.current());
        assertThat(stored.categories()).extracting(Category::name, Category::kind, Category::sign)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("学习教育", CategoryKind.BONUS, Sign.POSITIVE),
                        org.assertj.core.groups.Tuple.tuple("否决项", CategoryKind.DEDUCTION, Sign.NEGATIVE));
        assertThat(stored.categories().get(0).cap().max()).isEqualByComparingTo("10");
        assertThat(stored.categories().get(1).cap().min()).isEqualByComparingTo("-20");
        Item meetings = stored.items().get(0);
        assertThat(meetings.name()).isEqualTo("参加三会一课");
        assertThat(meetings.categoryId()).isEqualTo(study.id());
        assertThat(meetings.value()).isEqualTo(ValueRule.fixed("2"));
        assertThat(meetings.cap().maxCount()).isEqualTo(3);
        assertThat(stored.items().get(1).value()).isEqualTo(new ValueRule.ByOption(List.of(
                ValueOption.fixed("O1", "内部刊物", "2"), ValueOption.fixed("O2", "外部刊物", "5"))));
    }

    @Test
    void undoAndRedoRestoreEachStateExactly() {
        DesignerView view = designer(QS, qsVersion);
        SchemeVersion original = view.current();
        view.select(NodeRef.category("STUDY"));
        view.categoryForm.name.setValue("学习");
        SchemeVersion renamed = view.current();
        view.select(NodeRef.item("STUDY-MEETING"));
        _fireShortcut(view.tree, Key.DELETE);
        _fireConfirm(view.commands.confirmation);
        SchemeVersion deleted = view.current();
        assertThat(deleted.items()).hasSize(original.items().size() - 1);

        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL);
        assertThat(view.current()).isEqualTo(renamed);
        view.undo.click();
        assertThat(view.current()).isEqualTo(original);
        assertThat(view.save.isEnabled()).as("back at the stored state").isFalse();
        view.select(NodeRef.category("STUDY"));
        assertThat(view.categoryForm.name.getValue()).isEqualTo("学习教育");

        fireShortcut(Key.KEY_Y, KeyModifier.CONTROL);
        assertThat(view.current()).isEqualTo(renamed);
        fireShortcut(Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.SHIFT);
        assertThat(SchemeDocuments.write(view.current())).isEqualTo(SchemeDocuments.write(deleted));
        assertThat(view.redo.isEnabled()).isFalse();
    }

    @Test
    void anErrorShowsAtTheFieldAndInTheListAndChoosingItFocusesTheField() {
        DesignerView view = designer(QS, qsVersion);
        assertThat(view.publish.isEnabled()).as("S10 as shipped has no errors").isTrue();
        view.select(NodeRef.category("STUDY"));
        view.categoryForm.weight.setValue(new BigDecimal("5"));

        IssuesPanel.Entry entry = view.issues.entries.stream()
                .filter(e -> e.issue().isError() && NodeRef.category("STUDY").equals(e.place().node()))
                .findFirst().orElseThrow();
        String message = ValidationMessages.format(entry.issue(), UI.getCurrent().getLocale());
        assertThat(entry.text()).contains("类别「学习教育」 · 权重").contains(message);
        assertThat(view.categoryForm.weight.isInvalid()).isTrue();
        assertThat(view.categoryForm.weight.getErrorMessage()).isEqualTo(message);
        assertThat(view.publish.isEnabled()).isFalse();

        view.select(NodeRef.item("STUDY-MEETING"));
        focused();
        entry.button().click();
        assertThat(view.tree.selected()).isEqualTo(NodeRef.category("STUDY"));
        assertThat(focused()).contains(view.categoryForm.weight.getElement().getNode().getId());

        view.categoryForm.weight.setValue(new BigDecimal("1"));
        assertThat(view.categoryForm.weight.isInvalid()).isFalse();
        assertThat(view.issues.entries).noneMatch(e -> e.issue().isError());
        assertThat(view.publish.isEnabled()).isTrue();
    }

    @Test
    void theTreeIsWorkedByKeyboard() {
        DesignerView view = designer(QS, qsVersion);
        int categories = view.current().categories().size();
        int items = view.current().items().size();
        view.select(NodeRef.category("STUDY"));
        _fireShortcut(view.tree, Key.KEY_N, KeyModifier.ALT);
        NodeRef added = view.tree.selected();
        assertThat(added.isCategory()).isTrue();
        String parent = parentOf(view, added.id());
        assertThat(parent).as("a sibling of 学习教育").isEqualTo(parentOf(view, "STUDY"));
        assertThat(view.current().categories()).hasSize(categories + 1);
        assertThat(view.categoryForm.name.getValue()).isEqualTo(view.getTranslation("designer.new.category"));
        _fireShortcut(view.tree, Key.KEY_N, KeyModifier.ALT, KeyModifier.SHIFT);
        NodeRef item = view.tree.selected();
        assertThat(item.isCategory()).isFalse();
        assertThat(view.current().items()).hasSize(items + 1);
        _fireShortcut(view.tree, Key.KEY_D, KeyModifier.CONTROL);
        assertThat(view.current().items()).hasSize(items + 2);

        view.select(added);
        _fireShortcut(view.tree, Key.ARROW_RIGHT, KeyModifier.ALT);
        assertThat(parentOf(view, added.id())).as("indented under the category above it").isEqualTo("STUDY");
        _fireShortcut(view.tree, Key.ARROW_LEFT, KeyModifier.ALT);
        assertThat(parentOf(view, added.id())).isEqualTo(parent);
        _fireShortcut(view.tree, Key.ARROW_UP, KeyModifier.ALT);
        assertThat(view.tree.childrenOf(view.tree.parentOf(added)).indexOf(added))
                .isLessThan(view.tree.childrenOf(view.tree.parentOf(NodeRef.category("STUDY")))
                        .indexOf(NodeRef.category("STUDY")));
    }

    @Test
    void aWarningShowsAtItsFieldWithoutMarkingItInvalid() {
        DesignerView view = designer(QS, qsVersion);
        view.select(NodeRef.item("STUDY-MEETING"));
        view.itemForm.capPoints.setValue(new BigDecimal("500"));
        IssuesPanel.Entry warning = view.issues.entries.stream()
                .filter(e -> !e.issue().isError() && NodeRef.item("STUDY-MEETING").equals(e.place().node()))
                .findFirst().orElseThrow();
        assertThat(view.itemForm.capPoints.isInvalid()).isFalse();
        assertThat(view.itemForm.capPoints.getHelperText())
                .contains(ValidationMessages.format(warning.issue(), UI.getCurrent().getLocale()));
        view.itemForm.capPoints.setValue(null);
        assertThat(view.itemForm.capPoints.getHelperText())
                .isEqualTo(view.getTranslation("designer.item.capPoints.help"));
    }

    private static String parentOf(DesignerView view, String categoryId) {
        return view.current().categories().stream().filter(c -> c.id().equals(categoryId)).findFirst()
                .orElseThrow().parentId();
    }

    @Test
    void aDraftWithErrorsCannotBePublished() {
        DesignerView view = designer(QS, qsVersion);
        view.select(NodeRef.category("STUDY"));
        view.categoryForm.weight.setValue(new BigDecimal("5"));
        assertThat(view.publish.isEnabled()).isFalse();
        view.publish();
        assertThat(_find(PublishDialog.class)).isEmpty();
        assertThat(service.version(QS, qsVersion).getStatus()).isEqualTo(SchemeStatus.DRAFT);
        assertThatThrownBy(() -> service.publish(QS, qsVersion, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void publishedWithADateAVersionIsReadOnlyAndANewVersionStartsFromIt() {
        DesignerView view = designer(QS, qsVersion);
        view.publish.click();
        PublishDialog dialog = _get(PublishDialog.class);
        long warnings = view.issues.entries.stream().filter(e -> !e.issue().isError()).count();
        assertThat(dialog.warnings.getChildren().count()).isEqualTo(warnings);
        dialog.effectiveFrom.setValue(LocalDate.of(2026, 1, 1));
        dialog.confirm.click();

        SchemeVersionRecord published = service.version(QS, qsVersion);
        assertThat(published.getStatus()).isEqualTo(SchemeStatus.PUBLISHED);
        assertThat(published.getEffectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.categoryForm.name.isReadOnly()).isTrue();
        SchemeVersion before = view.current();
        view.apply(v -> TreeEdits.delete(v, NodeRef.category("STUDY")));
        assertThat(view.current()).isSameAs(before);
        assertThatThrownBy(() -> service.saveDesigned(QS, qsVersion, published.getVersion(), S10))
                .isInstanceOf(UserFacingException.class);

        assertThat(view.newVersion.isVisible()).isTrue();
        view.newVersion.click();
        DesignerView next = (DesignerView) activeView();
        SchemeVersionRecord second = latest(QS, qsScheme);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getStatus()).isEqualTo(SchemeStatus.DRAFT);
        SchemeDocument rules = WithoutIdentity.of(published.getDocument());
        assertThat(WithoutIdentity.of(second.getDocument()))
                .as("the same rules; the effective date is the new version's own, set when it is published")
                .isEqualTo(new SchemeDocument(rules.info(), rules.scheme().withEffectiveFrom(null)));
        assertThat(next.save.isVisible()).isTrue();
        assertThat(next.categoryForm.name.isReadOnly()).isFalse();
    }

    @Test
    void aStaleSaveIsRefusedWithAClearMessageAndOverwritesNothing() {
        DesignerView view = designer(QS, qsVersion);
        String theirs = S10.replace("\"name\" : \"学习教育\"", "\"name\" : \"理论学习\"");
        service.saveDraft(QS, qsScheme.getId(), theirs);
        view.select(NodeRef.category("STUDY"));
        view.categoryForm.name.setValue("学习");
        clearNotifications();
        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);

        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains(view.getTranslation("designer.error.stale"));
        assertThat(WithoutIdentity.of(service.version(QS, qsVersion).getDocument())).as("theirs, not overwritten")
                .isEqualTo(WithoutIdentity.of(theirs));
        assertThat(view.save.isEnabled()).as("the changes are still there").isTrue();
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        DesignerView view = designer(QS, qsVersion);
        view.select(NodeRef.category("STUDY"));
        view.categoryForm.name.setValue("学习");
        UI.getCurrent().navigate("schemes");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(activeView()).isSameAs(view);
        _fireConfirm(confirm);
        assertThat(activeView()).isNotInstanceOf(DesignerView.class);
    }

    @Test
    void anotherTenantsVersionAnswersLikeAMissingOneAndASecretaryOnlyReads() {
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme_version", Long.class);
        assertThat(openDesigner(TestUsers.HN_ADMIN, qsVersion)).isInstanceOf(NotFoundView.class);
        assertThat(openDesigner(TestUsers.HN_ADMIN, missing)).isInstanceOf(NotFoundView.class);
        Scheme branch = service.create(QS, unitId("QS-01"), "DS-" + tag, "支部方案" + tag, null, S10);
        DesignerView view = designer(TestUsers.QS01_SECRETARY, latest(QS, branch).getId());
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.categoryForm.name.isReadOnly()).isTrue();
        assertThat(openDesigner(TestUsers.QS01_SECRETARY, qsVersion)).as("the 党委's scheme is above the branch")
                .isInstanceOf(NotFoundView.class);
    }

    /** Not an assertion: the figures for docs/performance.md (largest template by size). */
    @Test
    void timingOnTheLargestTemplate() {
        String largest = SchemeTemplates.json("s07-xian-nongcun");
        Scheme scheme = service.create(QS, unitId("QS"), "DT-" + tag, "计时" + tag, null, largest);
        long versionId = latest(QS, scheme).getId();
        openDesigner(QS, versionId);
        long start = System.nanoTime();
        DesignerView view = designer(QS, versionId);
        long open = System.nanoTime() - start;
        String categoryId = view.current().categories().getFirst().id();
        view.select(NodeRef.category(categoryId));
        long[] validation = new long[5];
        long[] roundTrip = new long[5];
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            view.categoryForm.name.setValue("计时" + i);
            roundTrip[i] = System.nanoTime() - t;
            validation[i] = view.lastValidationNanos;
        }
        System.out.printf("DESIGNER TIMING s07-xian-nongcun (%d categories, %d items): open %.1f ms; "
                        + "validation %s ms; whole edit round trip %s ms%n",
                view.current().categories().size(), view.current().items().size(), open / 1e6, ms(validation),
                ms(roundTrip));
        assertThat(view.current().categories().getFirst().name()).isEqualTo("计时4");
    }

    private static String ms(long[] nanos) {
        return java.util.Arrays.stream(nanos).mapToObj(n -> String.format("%.1f", n / 1e6)).toList().toString();
    }

    private DesignerView designer(JifenUser user, long versionId) {
        return (DesignerView) openDesigner(user, versionId);
    }

    private Component openDesigner(JifenUser user, long versionId) {
        return DesignerPages.open(this::openAs, user, versionId);
    }

    private static Component activeView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    /** Node ids of the components the server asked the browser to focus. */
    private static List<Integer> focused() {
        // executeJs waits for the response being written; run that step as the servlet would
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("focus"))
                .map(PendingJavaScriptInvocation::getOwner).map(n -> n.getId()).toList();
    }

    private SchemeVersionRecord latest(JifenUser user, Scheme scheme) {
        return service.versions(user, scheme.getId()).getFirst();
    }

    private long unitId(String code) {
        return jdbc.queryForObject("select id from organization where code = ?", Long.class, code);
    }
}
