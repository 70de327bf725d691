package io.jifen.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import io.jifen.organization.MemberService;
import io.jifen.organization.roster.RosterColumn;
import io.jifen.organization.roster.RosterTestSupport;
import io.jifen.security.HasJifenUser;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The import dialog and the toolbar of the members view, in a Karibu UI on the real services and database. */
class RosterImportDialogTest extends RosterTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    MemberService members;
    @Autowired
    io.jifen.organization.UnitRoleService unitRoles;

    MembersView view;

    @BeforeEach
    void openView() {
        record Principal(JifenUser jifenUser) implements HasJifenUser, java.security.Principal {
            @Override
            public String getName() {
                return jifenUser.username(); // what the audit columns record
            }
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new Principal(QS01_SECRETARY), null, QS01_SECRETARY.authorities()));
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Messages.CHINESE);
        view = new MembersView(members, organizations, imports, exports, unitRoles, java.time.Clock.systemDefaultZone());
        UI.getCurrent().add(view);
    }

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theToolbarOffersTemplateImportAndExport() {
        assertThat(view.toolbar.getChildren().flatMap(c -> c instanceof Anchor a ? a.getChildren() : Stream.of(c))
                .map(c -> ((Button) c).getText()))
                .contains(zh("roster.downloadTemplate"), zh("roster.import"), zh("roster.export"));
        assertThat(view.downloadTemplate.getHref()).isNotBlank();
        assertThat(view.exportRoster.getHref()).isNotBlank();
    }

    @Test
    void aFileWithErrorsCannotBeImportedAndAGoodOneIsImportedWithANotification() throws Exception {
        view.openImport();
        RosterImportDialog dialog = LocatorJ._get(RosterImportDialog.class);
        List<Map<RosterColumn, Object>> rows = validRows(3);
        rows.get(1).put(RosterColumn.UNIT_CODE, "HN-01");

        dialog.check("bad.xlsx", workbook(rows));

        assertThat(dialog.summary.getText()).isEqualTo("共 3 行，1 行有错误");
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(dialog.onlyErrors.getValue()).isTrue();
        assertThat(dialog.preview.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(row -> assertThat(row.errors().toString()).contains("HN-01"));
        dialog.onlyErrors.setValue(false);
        assertThat(dialog.preview.getGenericDataView().getItems().count()).isEqualTo(3);

        dialog.check("good.xlsx", workbook(validRows(3)));
        assertThat(dialog.summary.getText()).isEqualTo(zh("roster.summaryOk", 3));
        assertThat(dialog.confirm.isEnabled()).isTrue();

        dialog.confirm.click();
        assertThat(dialog.progress.isVisible()).isTrue();
        assertThat(dialog.cancel.isEnabled()).isFalse();
        for (int i = 0; i < 300 && dialog.isOpened(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false); // runs the UI.access tasks the import thread queued
        }
        assertThat(dialog.isOpened()).isFalse();
        assertThat(membersInUnit()).isEqualTo(3);
        assertThat(jdbc.queryForList("select distinct created_by from member where organization_id = ?", String.class,
                unit.getId())).containsExactly(QS01_SECRETARY.username());
        NotificationsKt.expectNotifications(zh("roster.imported", 3));
    }

    @Test
    void anUnreadableFileShowsOneMessageInsteadOfAPreview() {
        view.openImport();
        RosterImportDialog dialog = LocatorJ._get(RosterImportDialog.class);

        dialog.check("roster.csv", "a,b".getBytes());

        assertThat(dialog.summary.getText()).isEqualTo(zh("roster.error.notXlsx"));
        assertThat(dialog.preview.isVisible()).isFalse();
        assertThat(dialog.confirm.isEnabled()).isFalse();
    }
}
