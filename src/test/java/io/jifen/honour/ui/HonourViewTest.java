package io.jifen.honour.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.jifen.followup.AppraisalFixture.times;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.jifen.followup.AppraisalTest;
import io.jifen.honour.HonourService;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.organization.Member;
import io.jifen.score.ScoreService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 评星评优 page through Karibu: the stars of the first quarter as stored, the eligibility rule to choose, the
 * quota an admin sets on the page (a secretary sees no quota field).
 */
class HonourViewTest extends AppraisalTest {

    @Autowired
    ScoreService scores;
    @Autowired
    HonourService honours;

    @Test
    void starsShowAndAnAdminSetsTheQuotaOnThePage() {
        Branch b = appraisal.s9("QS");
        Member m = appraisal.member(b, "星级页面", "S9-STAFF");
        clock.set(LocalDate.of(2026, 4, 2));
        LocalDate day = LocalDate.of(2026, 2, 10);
        appraisal.record(b, List.of(times(m, "GEN-MEETING", 5, day), times(m, "GEN-STUDY", 3, day),
                times(m, "GEN-DUES", 3, day), times(m, "A-DUTY", 5, day)));
        scores.recomputeUnit(b.admin(), b.branch().getId(), day);

        openAs(b.secretary());
        UI.getCurrent().navigate("honours");
        HonourView view = _get(HonourView.class);
        assertThat(view.unit.getValue().getId()).isEqualTo(b.branch().getId());
        assertThat(view.quota.isVisible()).isFalse();
        List<StarsGrid.Line> stars = GridKt._fetch(view.stars, 0, 10);
        assertThat(stars).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("星级页面");
            assertThat(l.periods().get(LocalDate.of(2026, 1, 1))).isEqualTo("五星");
        });
        assertThat(view.rule.getValue().ruleId()).isEqualTo("S9-EXCELLENT");
        assertThat(view.message.getText()).isEqualTo("本年度尚未结束或尚未全部评定，名单为阶段结果");
        MockVaadin.tearDown();

        openAs(b.admin());
        UI.getCurrent().navigate("honours");
        HonourView admin = _get(HonourView.class);
        admin.unit.setValue(admin.unit.getListDataView().getItems()
                .filter(u -> u.getId().equals(b.branch().getId())).findFirst().orElseThrow());
        assertThat(admin.quota.isVisible()).isTrue();
        admin.quota.setValue(3);
        admin.saveQuota.click();
        assertThat(honours.quota(b.admin(), b.branch().getId(), 2026, "S9-EXCELLENT")).contains(3);
        assertThat(admin.quota.getValue()).isEqualTo(3);
    }
}
