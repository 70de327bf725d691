package io.jifen.publication;

import java.math.BigDecimal;

/**
 * One member's line of a snapshot: the numbers as the scoreboard showed them when the period was frozen.
 *
 * @param subtotals capped subtotal per top-level category, as JSON
 * @param reasons   the items with points, as JSON bundle keys with operands ({@link Reasons})
 */
public record SnapshotRow(long id, long snapshotId, long memberId, String memberName, BigDecimal total,
        String tierName, Integer unitRank, Integer unitSize, String subtotals, String reasons) {
}
