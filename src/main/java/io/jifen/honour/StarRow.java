package io.jifen.honour;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored result's star/tier line: a member's tier in one assessed period or in the year. */
public record StarRow(long memberId, String memberName, String level, LocalDate periodStart, LocalDate periodEnd,
        BigDecimal total, String tierId, String tierName, Integer unitRank) {
}
