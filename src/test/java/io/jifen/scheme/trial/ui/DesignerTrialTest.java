package io.jifen.scheme.trial.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.jifen.scheme.trial.ui.TrialPanelTest.number;
import static io.jifen.scheme.trial.ui.TrialPanelTest.tryOutTwoMembers;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.designer.ui.DesignerView;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scheme.trial.TrialRun;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.shared.Messages;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8 acceptance through the designer, not the panel alone: the S8 template's scheme (徐家堰村) opened in
 * {@link DesignerView} at {@code schemes/design/:versionId}, its 试算 tab chosen, two sample members with +25
 * (CONTRIB-DEED) in each quarter of 2025, typed as {@link TrialPanelTest} does. Worked by hand: each quarter
 * 80 + 25 = 105; the year is the mean of the four quarters, (4 × 105) ÷ 4 = 105; 100 is the standard and the 5 above
 * it become reward points, so the total reads 100 and the reward 5; 105 ≥ 90 → 优秀. The explanation reads in
 * Chinese; after the language is switched (the layout's selector stores it and reloads the page: here a new UI in
 * English) the same try-out reads in English.
 */
class DesignerTrialTest extends KaribuTest {

    private static final String S8_JSON = SchemeTemplates.json("s08-xujiayan-cun");

    @Autowired
    SchemeService schemes;
    @Autowired
    JdbcTemplate jdbc;

    private long versionId;

    @BeforeEach
    void s8Scheme() {
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long qs = jdbc.queryForObject("select id from organization where code = 'QS'", Long.class);
        Scheme scheme = schemes.create(TestUsers.QS_ADMIN, qs, "DT8-" + tag, "徐家堰村试算" + tag, null, S8_JSON);
        versionId = schemes.versions(TestUsers.QS_ADMIN, scheme.getId()).getFirst().getId();
    }

    @Test
    void inTheDesignerOnS8TwoMembersGiveOneHundredPlusFiveExcellentExplainedInChineseThenInEnglish() {
        TrialPanel chinese = trialTab(Messages.CHINESE);
        tryOutTwoMembers(chinese);
        for (String member : new String[] {"S1", "S2"}) {
            assertThat(number(chinese, member, "total").getText()).isEqualTo("100");
            assertThat(number(chinese, member, "reward").getText()).isEqualTo("5");
            assertThat(number(chinese, member, "tier:S8-GRADE").getText()).isEqualTo("优秀");
        }
        AnnualResult year = TrialRun.run(SchemeDocuments.read(S8_JSON), chinese.input()).member("S1").year(2025)
                .orElseThrow();
        _click(number(chinese, "S1", "total"));
        String zh = chinese.results.explanation.getText();
        assertThat(zh).startsWith(ExplanationMessages.format(year.total().explanation(), Messages.CHINESE))
                .contains("105").contains("100").containsPattern("\\p{IsHan}");
        _click(number(chinese, "S1", "reward"));
        assertThat(chinese.results.explanation.getText()).contains("5").containsPattern("\\p{IsHan}");
        _click(number(chinese, "S1", "tier:S8-GRADE"));
        assertThat(chinese.results.explanation.getText()).contains("90").contains("优秀");

        TrialPanel english = trialTab(Locale.ENGLISH);
        tryOutTwoMembers(english);
        assertThat(number(english, "S1", "total").getText()).isEqualTo("100");
        assertThat(number(english, "S1", "reward").getText()).isEqualTo("5");
        _click(number(english, "S1", "total"));
        String en = english.results.explanation.getText();
        assertThat(en).startsWith(ExplanationMessages.format(year.total().explanation(), Locale.ENGLISH))
                .contains("105").contains("100").doesNotContainPattern("\\p{IsHan}").isNotEqualTo(zh);
        _click(number(english, "S1", "reward"));
        assertThat(english.results.explanationTitle.getText()).startsWith("Reward points");
        assertThat(english.results.explanation.getText()).contains("5").doesNotContainPattern("\\p{IsHan}");
    }

    /** A fresh UI in {@code locale} on the designer, its 试算 tab chosen by its label as the user sees it. */
    private TrialPanel trialTab(Locale locale) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        openAs(TestUsers.QS_ADMIN);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("schemes/design/" + versionId);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(DesignerView.class);
        assertThat(_find(TrialPanel.class)).as("the node form is the first tab; 试算 is hidden").isEmpty();
        String label = UI.getCurrent().getTranslation("designer.tab.trial");
        Tab trial = _find(Tab.class).stream().filter(t -> label.equals(t.getLabel())).findFirst().orElseThrow();
        ((Tabs) trial.getParent().orElseThrow()).setSelectedTab(trial);
        return _get(TrialPanel.class);
    }
}
