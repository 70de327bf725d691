package io.jifen.scheme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeCatalog.SchemeRow;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.designer.ui.DesignerView;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "设计" on the schemes page and in a scheme's versions opens the designer on that scheme's version. */
class DesignEntryTest extends KaribuTest {

    @Autowired
    SchemeService service;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void designOpensTheLatestVersionFromThePageAndTheChosenOneFromTheVersions() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long qs = jdbc.queryForObject("select id from organization where code = 'QS'", Long.class);
        Scheme scheme = service.create(TestUsers.QS_ADMIN, qs, "DE-" + tag, "入口" + tag, null,
                SchemeTemplates.json("s10-guandao-gongsi"));
        long versionId = service.versions(TestUsers.QS_ADMIN, scheme.getId()).getFirst().getId();
        openAs(TestUsers.QS_ADMIN);

        SchemesView page = schemesPage();
        page.grid.select(row(page, scheme.getId()));
        assertThat(page.design.isEnabled()).isTrue();
        page.design.click();
        assertThat(activeView()).isInstanceOf(DesignerView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("schemes/design/" + versionId);

        page = schemesPage();
        page.grid.select(row(page, scheme.getId()));
        page.open.click();
        SchemeVersionsDialog versions = _get(SchemeVersionsDialog.class);
        versions.design.click();
        assertThat(activeView()).isInstanceOf(DesignerView.class);
        assertThat(versions.isOpened()).isFalse();
    }

    private static SchemesView schemesPage() {
        UI.getCurrent().navigate("schemes");
        return (SchemesView) activeView();
    }

    private static Object activeView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    private static SchemeRow row(SchemesView view, long schemeId) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(r -> r.id() == schemeId).findFirst().orElseThrow();
    }
}
