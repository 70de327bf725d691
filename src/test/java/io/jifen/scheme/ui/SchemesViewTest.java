package io.jifen.scheme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import io.jifen.organization.Organization;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeCatalog;
import io.jifen.scheme.SchemeCatalog.SchemeRow;
import io.jifen.scheme.SchemeCheck;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.WithoutIdentity;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schemes page with two tenants (QS, HN): each admin lists and reaches only their own schemes; templates,
 * copies and blanks become drafts; a broken import lists every error and stores nothing; export round-trips.
 */
class SchemesViewTest extends KaribuTest {

    private static final String S10 = SchemeTemplates.json("s10-guandao-gongsi");

    @Autowired
    SchemeService service;
    @Autowired
    SchemeCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    private String tag;
    private Scheme qsScheme;
    private Scheme hnScheme;
    private long missing;

    @BeforeEach
    void schemes() {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        qsScheme = service.create(TestUsers.QS_ADMIN, unitId("QS"), "VQ-" + tag, "青山方案" + tag, null, S10);
        hnScheme = service.create(TestUsers.HN_ADMIN, unitId("HN"), "VH-" + tag, "红岭方案" + tag, null, S10);
        missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme", Long.class);
    }

    @Test
    void eachAdminListsOnlyTheSchemesOfTheirTenant() {
        for (JifenUser admin : List.of(TestUsers.QS_ADMIN, TestUsers.HN_ADMIN)) {
            SchemesView view = openView(admin);
            List<Long> listed = rows(view).stream().map(SchemeRow::id).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(schemeIdsUnder(admin.orgCode()));
            Scheme own = admin == TestUsers.QS_ADMIN ? qsScheme : hnScheme;
            Scheme foreign = admin == TestUsers.QS_ADMIN ? hnScheme : qsScheme;
            assertThat(listed).contains(own.getId()).doesNotContain(foreign.getId());
            SchemeRow row = rows(view).stream().filter(r -> r.id() == own.getId()).findFirst().orElseThrow();
            assertThat(row.status()).isEqualTo(SchemeStatus.DRAFT);
            assertThat(row.latestNumber()).isEqualTo(1);
            com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        }
    }

    @Test
    void aForeignSchemeCannotBeOpenedCopiedOrExportedAndAnswersLikeAMissingOne() {
        JifenUser hn = TestUsers.HN_ADMIN;
        long before = schemeCount();
        sameAnswer(() -> catalog.latestDocument(hn, qsScheme.getId()), () -> catalog.latestDocument(hn, missing));
        sameAnswer(() -> service.versions(hn, qsScheme.getId()), () -> service.versions(hn, missing));
        sameAnswer(() -> catalog.copy(hn, qsScheme.getId(), unitId("HN"), "VC-" + tag, "借用", null),
                () -> catalog.copy(hn, missing, unitId("HN"), "VC-" + tag, "借用", null));
        assertThat(schemeCount()).isEqualTo(before);
        // the pickers of "copy" and "extends" search the user's scope only
        PageRequest first = PageRequest.of(0, 10);
        assertThat(catalog.page(hn, qsScheme.getCode(), first)).isEmpty();
        assertThat(catalog.page(TestUsers.QS_ADMIN, qsScheme.getCode(), first)).extracting(SchemeRow::id)
                .containsExactly(qsScheme.getId());
        assertThat(catalog.page(TestUsers.QS_ADMIN, "VQ_" + tag, first)).as("_ is no wildcard").isEmpty();
    }

    @Test
    void aTemplateShowsItsDescriptionAndTreeAndBecomesADraft() {
        SchemesView view = openView(TestUsers.QS_ADMIN);
        view.fromTemplate.click();
        NewSchemeDialog dialog = _get(NewSchemeDialog.class);
        SchemeTemplates.Entry s10 = SchemeTemplates.list().stream().filter(t -> t.id().equals("s10-guandao-gongsi"))
                .findFirst().orElseThrow();
        dialog.templates.setValue(s10);
        assertThat(dialog.description.getText()).isEqualTo(SchemeTemplates.load(s10.id()).info().description());
        List<String> roots = dialog.preview.getTreeData().getRootItems().stream().map(SchemePreview.Node::name).toList();
        assertThat(roots).containsAll(SchemeTemplates.load(s10.id()).scheme().categories().stream()
                .filter(c -> c.parentId() == null).map(c -> c.name()).toList());
        assertThat(dialog.name.getValue()).isEqualTo(s10.name());
        fill(dialog, "QS", "VT-" + tag);
        dialog.create.click();

        SchemeRow created = rowByCode(view, "VT-" + tag);
        assertThat(created.status()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(WithoutIdentity.of(catalog.latestDocument(TestUsers.QS_ADMIN, created.id())))
                .isEqualTo(WithoutIdentity.of(S10));

        // opened read-only: its versions, and the tree of the newest one
        view.grid.select(created);
        view.open.click();
        SchemeVersionsDialog opened = _get(SchemeVersionsDialog.class);
        assertThat(GridKt._size(opened.versions)).isEqualTo(1);
        assertThat(opened.preview.getTreeData().getRootItems()).extracting(SchemePreview.Node::name)
                .containsExactlyElementsOf(roots);
    }

    @Test
    void copyAndBlankBecomeDrafts() {
        SchemesView view = openView(TestUsers.QS_ADMIN);
        view.copy.click();
        NewSchemeDialog copy = _get(NewSchemeDialog.class);
        copy.copyOf.setValue(rowByCode(view, qsScheme.getCode()));
        copy.name.setValue("复制的方案");
        fill(copy, "QS", "VK-" + tag);
        copy.create.click();
        SchemeRow copied = rowByCode(view, "VK-" + tag);
        assertThat(copied.status()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(WithoutIdentity.of(catalog.latestDocument(TestUsers.QS_ADMIN, copied.id())))
                .isEqualTo(WithoutIdentity.of(catalog.latestDocument(TestUsers.QS_ADMIN, qsScheme.getId())));

        view.blank.click();
        NewSchemeDialog blank = _get(NewSchemeDialog.class);
        blank.name.setValue("空白方案" + tag);
        fill(blank, "QS-01", "VB-" + tag);
        blank.create.click();
        SchemeRow blankRow = rowByCode(view, "VB-" + tag);
        assertThat(blankRow.status()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(SchemeDocuments.read(catalog.latestDocument(TestUsers.QS_ADMIN, blankRow.id())).name())
                .isEqualTo("空白方案" + tag);
    }

    @Test
    void aBrokenImportListsEveryErrorAndStoresNothing() {
        String broken = S10.replace("\"weight\" : 1,", "\"weight\" : 5,");
        List<io.jifen.scheme.validation.ValidationIssue> expected = SchemeCheck.check(broken, null, "$").report()
                .errors();
        assertThat(expected).hasSizeGreaterThan(1);
        long before = schemeCount();
        SchemesView view = openView(TestUsers.QS_ADMIN);
        NewSchemeDialog dialog = importThroughDialog(view, "坏文档", "VI-" + tag, broken);

        assertThat(dialog.isOpened()).isTrue();
        List<String> listed = dialog.errors.getChildren().map(c -> ((ListItem) c).getText()).toList();
        assertThat(listed).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(listed.get(i)).contains(expected.get(i).path())
                    .contains(ValidationMessages.format(expected.get(i), UI.getCurrent().getLocale()));
        }
        assertThat(schemeCount()).isEqualTo(before);
    }

    @Test
    void anExportedDocumentImportsBackUnchanged() {
        SchemesView view = openView(TestUsers.QS_ADMIN);
        String exported = view.exportedDocument(qsScheme.getId());
        assertThat(WithoutIdentity.of(exported)).isEqualTo(WithoutIdentity.of(S10));
        NewSchemeDialog dialog = importThroughDialog(view, "导入的方案", "VE-" + tag, exported);

        assertThat(dialog.isOpened()).isFalse();
        SchemeRow imported = rowByCode(view, "VE-" + tag);
        assertThat(imported.status()).isEqualTo(SchemeStatus.DRAFT);
        assertThat(WithoutIdentity.of(view.exportedDocument(imported.id()))).isEqualTo(WithoutIdentity.of(exported));
    }

    @Test
    void aSecretarySeesTheBranchesSchemesReadOnly() {
        service.create(TestUsers.QS_ADMIN, unitId("QS-01"), "VS-" + tag, "支部方案", null, S10);
        SchemesView view = openView(TestUsers.QS01_SECRETARY);
        List<Long> listed = rows(view).stream().map(SchemeRow::id).toList();
        assertThat(listed).isNotEmpty().containsExactlyInAnyOrderElementsOf(schemeIdsUnder("QS-01"));
        assertThat(List.of(view.fromTemplate, view.copy, view.blank, view.importDocument))
                .noneMatch(b -> b.isVisible());
    }

    private SchemesView openView(JifenUser user) {
        openAs(user);
        UI.getCurrent().navigate("schemes");
        return (SchemesView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    /** Opens the import dialog, fills it for QS, hands it the file as the upload would and presses "import". */
    private static NewSchemeDialog importThroughDialog(SchemesView view, String name, String code, String file) {
        view.importDocument.click();
        NewSchemeDialog dialog = _get(NewSchemeDialog.class);
        dialog.name.setValue(name);
        fill(dialog, "QS", code);
        dialog.receive(file.getBytes(StandardCharsets.UTF_8));
        dialog.create.click();
        return dialog;
    }

    private static void fill(NewSchemeDialog dialog, String unitCode, String code) {
        Organization unit = dialog.organization.getListDataView().getItems()
                .filter(o -> o.getCode().equals(unitCode)).findFirst().orElseThrow();
        dialog.organization.setValue(unit);
        dialog.code.setValue(code);
    }

    private static List<SchemeRow> rows(SchemesView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private static SchemeRow rowByCode(SchemesView view, String code) {
        return rows(view).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private List<Long> schemeIdsUnder(String unitCode) {
        return jdbc.queryForList("select s.id from scheme s join organization o on o.id = s.organization_id "
                + "where o.path like concat((select path from organization where code = ?), '%')", Long.class,
                unitCode);
    }

    private long schemeCount() {
        return jdbc.queryForObject("select count(*) from scheme", Long.class);
    }

    private long unitId(String code) {
        return jdbc.queryForObject("select id from organization where code = ?", Long.class, code);
    }

    private static void sameAnswer(Runnable foreign, Runnable missing) {
        Throwable a = catchThrowable(foreign::run);
        Throwable b = catchThrowable(missing::run);
        assertThat(a).isNotNull();
        assertThat(a).isExactlyInstanceOf(b.getClass());
        assertThat(a.getMessage()).isEqualTo(b.getMessage());
    }
}
