package io.jifen.scheme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.jifen.organization.OrgScope;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.VersionHistory;
import io.jifen.scheme.diff.S10Changes;
import io.jifen.shared.Messages;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The versions dialog of the schemes page: "以此创建新版本" from the published version, two versions compared in
 * words (Chinese, then English), and the history of a version as who / when / what.
 */
class SchemeVersionsDialogTest extends KaribuTest {

    @Autowired
    SchemeService service;
    @Autowired
    OrgScope scope;

    @Test
    void anAdminCreatesANewVersionComparesTwoVersionsAndReadsTheHistory() {
        openAs(TestUsers.QS_ADMIN);
        UI.getCurrent().setLocale(Messages.CHINESE);
        Scheme scheme = S10Changes.published(service, TestUsers.QS_ADMIN, scope.root(TestUsers.QS_ADMIN).getId(),
                "DV-");

        SchemeVersionsDialog dialog = new SchemeVersionsDialog(service, TestUsers.QS_ADMIN, scheme.getId(),
                scheme.getName());
        List<SchemeVersionRecord> opened = new ArrayList<>();
        dialog.onNewVersion(opened::add);
        dialog.open();
        assertThat(dialog.newVersion.isVisible()).isTrue();
        assertThat(dialog.diff.compare.isEnabled()).isFalse();

        dialog.newVersion.click();
        assertThat(GridKt._size(dialog.versions)).isEqualTo(2);
        assertThat(opened).singleElement().satisfies(v -> {
            assertThat(v.getNumber()).isEqualTo(2);
            assertThat(v.getStatus()).isEqualTo(SchemeStatus.DRAFT);
        });
        assertThat(dialog.versions.asSingleSelect().getValue().getNumber()).isEqualTo(2);
        service.saveDraft(TestUsers.QS_ADMIN, scheme.getId(), S10Changes.afterDocument());

        assertThat(dialog.diff.from.getValue().getNumber()).isEqualTo(1);
        assertThat(dialog.diff.to.getValue().getNumber()).isEqualTo(2);
        dialog.diff.compare.click();
        List<String> expected = new ArrayList<>(List.of("生效日期 2026-01-01 → 无"));
        expected.addAll(S10Changes.CHINESE);
        assertThat(dialog.diff.lines()).containsExactlyElementsOf(expected);
        assertThat(dialog.diff.same.isVisible()).isFalse();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        dialog.diff.compare.click();
        assertThat(dialog.diff.lines()).containsAll(S10Changes.ENGLISH);
        UI.getCurrent().setLocale(Messages.CHINESE);

        // the history of the new version: created, then the admin's changes
        dialog.versions.deselectAll();
        dialog.versions.select(service.versions(TestUsers.QS_ADMIN, scheme.getId()).getFirst());
        assertThat(GridKt._size(dialog.history.entries)).isEqualTo(2);
        assertThat(GridKt._getFormatted(dialog.history.entries, 0, "by")).isEqualTo("qs.admin");
        VersionHistory.Entry latest = GridKt._get(dialog.history.entries, 0);
        assertThat(dialog.history.changes(latest).getChildren().map(c -> ((Div) c).getText()).toList())
                .containsExactlyElementsOf(S10Changes.CHINESE);
        VersionHistory.Entry created = GridKt._get(dialog.history.entries, 1);
        assertThat(dialog.history.changes(created).getChildren().map(c -> ((Div) c).getText()).toList())
                .containsExactly("创建了这个版本");

        // the same version with itself: nothing changed
        dialog.diff.from.setValue(dialog.diff.to.getValue());
        dialog.diff.compare.click();
        assertThat(dialog.diff.lines()).isEmpty();
        assertThat(dialog.diff.same.isVisible()).isTrue();
    }

    /** A secretary reads the versions of their branch's scheme, compares them and reads the history, but creates none. */
    @Test
    void aSecretaryComparesAndReadsButCannotCreateAVersion() {
        openAs(TestUsers.QS01_SECRETARY);
        UI.getCurrent().setLocale(Messages.CHINESE);
        Scheme scheme = S10Changes.published(service, TestUsers.QS_ADMIN,
                scope.requireCode(TestUsers.QS_ADMIN, "QS-01").getId(), "DS-");
        service.newVersionFrom(TestUsers.QS_ADMIN, service.versions(TestUsers.QS_ADMIN, scheme.getId()).getFirst()
                .getId());

        SchemeVersionsDialog dialog = new SchemeVersionsDialog(service, TestUsers.QS01_SECRETARY, scheme.getId(),
                scheme.getName());
        dialog.open();
        assertThat(dialog.newVersion.isVisible()).isFalse();
        assertThat(GridKt._size(dialog.versions)).isEqualTo(2);
        dialog.diff.compare.click();
        assertThat(dialog.diff.lines()).containsExactly("生效日期 2026-01-01 → 无");
        assertThat(GridKt._size(dialog.history.entries)).isEqualTo(1);
    }
}
