package io.jifen.score;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored result (a row of {@code score_result}): a member in an assessed period, interim or evaluation year.
 *
 * @param subtotals capped subtotal per top-level category id, in the scheme's category order
 * @param tierId    the first tier scheme's tier, or null (no tier schemes, or a year not graded)
 * @param unitRank  position in the rank unit (1 = best) among the rows of its level, period and rank group, null
 *                  when not ranked: counted when the row is read ({@link ScoreStore#RANK_COLUMNS}), never stored
 * @param unitSize  the rows ranked together with it
 * @param rankGroup the status group it is ranked in ('' = everybody), null when not ranked
 * @param rankBasis what it is ranked on: the total before the cap, or the subtotal of the scheme's basis category
 */
public record ScoreRow(long memberId, Level level, LocalDate periodStart, LocalDate periodEnd, long organizationId,
        String orgPath, long rankUnitId, long schemeVersionId, BigDecimal base, BigDecimal points, BigDecimal total,
        BigDecimal rawTotal, BigDecimal reward, String tierId, String tierName, Integer unitRank, Integer unitSize,
        String rankGroup, BigDecimal rankBasis, boolean veto, Map<String, BigDecimal> subtotals, Instant computedAt) {

    public enum Level {
        PERIOD, INTERIM, YEAR
    }

    public ScoreRow {
        subtotals = subtotals == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(subtotals));
    }
}
