package io.jifen.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.overview.BranchAverage;
import io.jifen.overview.MonthParticipation;
import io.jifen.overview.TierCount;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The chart options carry the bundle's words and one data point per month, tier and unit. */
class ChartOptionsTest {

    private final ResourceBundle zh = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
    private final ChartOptions options = new ChartOptions((key, args) -> java.text.MessageFormat.format(
            zh.getString(key), args));

    @Test
    void participationHasARateAndAnEntryCountPerMonth() {
        ObjectNode o = options.participation(List.of(new MonthParticipation(YearMonth.of(2026, 1), 4, 1, 3),
                new MonthParticipation(YearMonth.of(2026, 2), 0, 0, 0)));
        assertThat(o.at("/title/text").asString()).isEqualTo(zh.getString("overview.chart.participation"));
        assertThat(o.at("/xAxis/data/0").asString()).isEqualTo("2026年1月");
        assertThat(o.at("/series/0/data").size()).isEqualTo(2);
        assertThat(o.at("/series/0/data/0").asDouble()).isEqualTo(25.0);
        assertThat(o.at("/series/1/data/0").asInt()).isEqualTo(3);
        assertThat(o.at("/series/1/name").asString()).isEqualTo(zh.getString("overview.chart.participation.entries"));
    }

    @Test
    void tiersWithoutATierGetTheBundlesWord() {
        ObjectNode o = options.tiers(List.of(new TierCount("PASS", "合格", 3), new TierCount(null, null, 2)));
        assertThat(o.at("/series/0/data").size()).isEqualTo(2);
        assertThat(o.at("/series/0/data/1/name").asString()).isEqualTo(zh.getString("overview.tier.none"));
        assertThat(o.at("/series/0/data/1/value").asInt()).isEqualTo(2);
    }

    @Test
    void aUnitWithoutResultsHasAnEmptyAverage() {
        ObjectNode o = options.branches(List.of(new BranchAverage(1, "甲支部", 3, new BigDecimal("91.67")),
                new BranchAverage(2, "乙支部", 0, null)));
        assertThat(o.at("/xAxis/data/1").asString()).isEqualTo("乙支部");
        assertThat(o.at("/series/0/data/0").decimalValue()).isEqualByComparingTo("91.67");
        assertThat(o.at("/series/0/data/1").isNull()).isTrue();
        assertThat(o.at("/series/1/data/1").asInt()).isZero();
    }
}
