package io.jifen.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.score.ScoreRow.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);

    @Test
    void everyStoredFigureCounts() {
        ScoreRow r = row("/1/2/", "80.00", "良好", Map.of("STUDY", new BigDecimal("30.50")), 3);
        long f = Figures.of(r);

        assertThat(Figures.of(row("/1/2/", "80", "良好", Map.of("STUDY", new BigDecimal("30.5")), 3)))
                .as("the same numbers at another scale").isEqualTo(f);
        assertThat(Figures.of(row("/1/2/", "80.00", "良好", Map.of("STUDY", new BigDecimal("30.50")), 7)))
                .as("the unit rank is not stored").isEqualTo(f);

        assertThat(Figures.of(row("/1/2/", "80.01", "良好", Map.of("STUDY", new BigDecimal("30.50")), 3)))
                .isNotEqualTo(f);
        assertThat(Figures.of(row("/1/3/", "80.00", "良好", Map.of("STUDY", new BigDecimal("30.50")), 3)))
                .isNotEqualTo(f);
        assertThat(Figures.of(row("/1/2/", "80.00", "优秀", Map.of("STUDY", new BigDecimal("30.50")), 3)))
                .isNotEqualTo(f);
        assertThat(Figures.of(row("/1/2/", "80.00", "良好", Map.of("STUDY", new BigDecimal("30.00")), 3)))
                .isNotEqualTo(f);
        assertThat(Figures.of(new ScoreRow(1, Level.PERIOD, Q1, r.periodEnd(), 2, "/1/2/", 2, 5, r.base(), r.points(),
                r.total(), r.rawTotal(), r.reward(), "T", "良好", 3, 12, "FULL+PROBATIONARY", r.rankBasis(), false,
                r.subtotals(), Instant.EPOCH))).as("another status group").isNotEqualTo(f);
        Map<String, BigDecimal> two = new LinkedHashMap<>(Map.of("STUDY", new BigDecimal("30.50")));
        two.put("SERVE", BigDecimal.ZERO);
        assertThat(Figures.of(row("/1/2/", "80.00", "良好", two, 3))).isNotEqualTo(f);
    }

    private static ScoreRow row(String path, String total, String tier, Map<String, BigDecimal> subtotals, int rank) {
        BigDecimal t = new BigDecimal(total);
        return new ScoreRow(1, Level.PERIOD, Q1, Q1.plusMonths(3).minusDays(1), 2, path, 2, 5, new BigDecimal("60"),
                t.subtract(new BigDecimal("60")), t, t, BigDecimal.ZERO, "T", tier, rank, 12, "", t, false, subtotals,
                Instant.EPOCH);
    }
}
