package io.jifen.scheme.trial.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.jifen.organization.Member;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.designer.DesignerContext;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.trial.CaseOutcome;
import io.jifen.scheme.trial.SchemeTestCases.SavedCase;
import io.jifen.scheme.trial.TrialRun;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.AnnualResult;
import io.jifen.shared.Messages;
import io.jifen.testsupport.KaribuTest;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 试算 on the S8 template (徐家堰村: quarterly, 4 quarters ÷ 4, 100 is the standard and what is above it becomes
 * reward points; 优秀 ≥ 90): two sample members with +25 in each quarter of 2025 score 80 + 25 = 105 a quarter, the
 * year (4 × 105) ÷ 4 = 105 → total 100 + 5 reward points → 优秀. The explanations read in the UI's language.
 */
class TrialPanelTest extends KaribuTest {

    private static final String S8_JSON = SchemeTemplates.json("s08-xujiayan-cun");
    private static final SchemeVersion S8 = SchemeDocuments.read(S8_JSON);
    private static final Period Y2025 = Period.year(2025);

    @Autowired
    TrialPanels panels;
    @Autowired
    SchemeService schemes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoMembersGiveOneHundredPlusFiveRewardPointsExcellentExplainedInChinese() {
        TrialPanel panel = open(Messages.CHINESE);
        tryOutTwoMembers(panel);

        for (String member : new String[] {"S1", "S2"}) {
            assertThat(number(panel, member, "total").getText()).isEqualTo("100");
            assertThat(number(panel, member, "reward").getText()).isEqualTo("5");
            assertThat(number(panel, member, "tier:S8-GRADE").getText()).isEqualTo("优秀");
        }
        AnnualResult year = TrialRun.run(S8, panel.input()).member("S1").year(2025).orElseThrow();
        _click(number(panel, "S1", "total"));
        String chinese = panel.results.explanation.getText();
        assertThat(chinese).startsWith(ExplanationMessages.format(year.total().explanation(), Messages.CHINESE))
                .contains("105").contains("100").containsPattern("\\p{IsHan}");
        _click(number(panel, "S1", "reward"));
        assertThat(panel.results.explanation.getText())
                .startsWith(ExplanationMessages.format(year.rewardPoints().explanation(), Messages.CHINESE))
                .contains("5").containsPattern("\\p{IsHan}");
        _click(number(panel, "S1", "tier:S8-GRADE"));
        assertThat(panel.results.explanation.getText()).contains("90").contains("优秀");
    }

    @Test
    void theSameTryOutExplainedInEnglish() {
        TrialPanel panel = open(Locale.ENGLISH);
        tryOutTwoMembers(panel);

        assertThat(number(panel, "S2", "total").getText()).isEqualTo("100");
        AnnualResult year = TrialRun.run(S8, panel.input()).member("S2").year(2025).orElseThrow();
        _click(number(panel, "S2", "total"));
        String english = panel.results.explanation.getText();
        assertThat(english).startsWith(ExplanationMessages.format(year.total().explanation(), Locale.ENGLISH))
                .contains("105").contains("100").doesNotContainPattern("\\p{IsHan}")
                .isNotEqualTo(ExplanationMessages.format(year.total().explanation(), Messages.CHINESE));
        _click(number(panel, "S2", "reward"));
        assertThat(panel.results.explanation.getText()).doesNotContainPattern("\\p{IsHan}").contains("5");
        assertThat(panel.results.explanationTitle.getText()).startsWith("Reward points");
    }

    @Test
    void theTryOutIsSavedAsACaseThatPassesAndEdgeCasesAreOffered() {
        TrialPanel panel = open(Messages.CHINESE);
        tryOutTwoMembers(panel);
        _click(panel.cases.save);
        SaveCaseDialog dialog = _get(SaveCaseDialog.class);
        // 2 members × (4 quarters + the year), each with the total and the tier it gives now
        assertThat(dialog.edited).hasSize(10);
        dialog.name.setValue("两人各季加25分");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        // a second case expects 合格 for S1's year, which the scheme does not give (100 → 优秀): it fails there only
        _click(panel.cases.save);
        SaveCaseDialog wrong = _get(SaveCaseDialog.class);
        int s1Year = IntStream.range(0, wrong.edited.size()).filter(i -> wrong.edited.get(i).memberId().equals("S1")
                && wrong.edited.get(i).level() == Level.YEAR).findFirst().orElseThrow();
        wrong.tierField(s1Year, S8).setValue("PASS");
        wrong.name.setValue("错误预期");
        _click(wrong.save);

        assertThat(GridKt._size(panel.cases.saved)).isEqualTo(2);
        _click(panel.cases.runAll);
        SavedCase right = savedCase(panel, "两人各季加25分");
        SavedCase failing = savedCase(panel, "错误预期");
        assertThat(panel.cases.outcomes.get(right.id()).passed()).isTrue();
        assertThat(panel.cases.outcomes.get(failing.id()).passed()).isFalse();
        panel.cases.saved.select(failing);
        List<CaseOutcome.Checked> checks = IntStream.range(0, GridKt._size(panel.cases.checks))
                .mapToObj(i -> GridKt._get(panel.cases.checks, i)).toList();
        assertThat(checks).hasSize(10).filteredOn(c -> !c.passed()).singleElement().satisfies(c -> {
            assertThat(c.expected().tierId()).isEqualTo("PASS");
            assertThat(c.actualTierName()).isEqualTo("优秀");
        });

        _click(panel.cases.generate);
        assertThat(GridKt._size(panel.cases.generated)).isPositive();
    }

    private static SavedCase savedCase(TrialPanel panel, String name) {
        return IntStream.range(0, GridKt._size(panel.cases.saved)).mapToObj(i -> GridKt._get(panel.cases.saved, i))
                .filter(c -> c.content().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rosterMembersArePickedWithinTheOrganizationByPinyinAndKeepTheirClass() {
        TrialPanel panel = open(Messages.CHINESE);
        _click(panel.members.fromRoster);
        RosterPicker picker = _get(RosterPicker.class);
        picker.search.setValue("wjg");
        List<Member> found = IntStream.range(0, GridKt._size(picker.grid)).mapToObj(i -> GridKt._get(picker.grid, i))
                .toList();
        List<Long> inQs = jdbc.queryForList("select m.id from member m join organization o on o.id = "
                + "m.organization_id where o.path like '/1/%'", Long.class);
        assertThat(found).extracting(Member::getName).contains("王建国");
        assertThat(found).extracting(Member::getId).allMatch(inQs::contains);
        Member wang = found.stream().filter(m -> m.getName().equals("王建国")).findFirst().orElseThrow();
        picker.grid.select(wang);
        _click(picker.take);

        MemberRow row = panel.members.rows.getLast();
        assertThat(row.name.getValue()).isEqualTo("王建国");
        // the roster class ORDINARY (普通党员) is the S8 class of the same code
        assertThat(row.memberClass.getValue()).isEqualTo("ORDINARY");
        assertThat(row.member().id()).isEqualTo("R" + wang.getId());
    }

    private TrialPanel open(Locale locale) {
        openAs(TestUsers.QS_ADMIN);
        UI.getCurrent().setLocale(locale);
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long qs = jdbc.queryForObject("select id from organization where code = 'QS'", Long.class);
        Scheme scheme = schemes.create(TestUsers.QS_ADMIN, qs, "TP-" + tag, "试算" + tag, null, S8_JSON);
        TrialPanel panel = panels.create(new DesignerContext(TestUsers.QS_ADMIN, qs, null, false, edit -> { }),
                () -> S8, scheme.getId());
        UI.getCurrent().add(panel);
        return panel;
    }

    /** Two sample members, one +25 bonus row each per quarter of 2025, typed into the facts grid. */
    static void tryOutTwoMembers(TrialPanel panel) {
        panel.from.setValue(LocalDate.of(2025, 1, 1));
        panel.to.setValue(LocalDate.of(2025, 12, 31));
        _click(panel.members.addSample);
        _click(panel.members.addSample);
        for (String member : new String[] {"S1", "S2"}) {
            for (int quarter = 0; quarter < 4; quarter++) {
                _click(panel.facts.add);
                FactRow row = panel.facts.rows.getLast();
                row.member.setValue(member);
                row.item.setValue("CONTRIB-DEED");
                assertThat(row.value.isVisible()).isTrue();
                row.value.setValue(new BigDecimal("25"));
                row.date.setValue(LocalDate.of(2025, 2 + 3 * quarter, 15));
            }
        }
        _click(panel.run);
    }

    static Button number(TrialPanel panel, String member, String what) {
        Button b = panel.results.number(member, Level.YEAR, Y2025, what);
        assertThat(b).as(member + " " + what).isNotNull();
        return b;
    }
}
