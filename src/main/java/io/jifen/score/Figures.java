package io.jifen.score;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A 64-bit fingerprint of a stored result's figures, everything but the unit rank and its size: a recompute reads
 * the fingerprint of each stored row instead of its twenty columns to tell which rows changed. FNV-1a over one
 * canonical line (numbers without trailing zeros, so 60 and 60.00 agree); two different lines agree by chance about
 * once in 2^64.
 */
final class Figures {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Figures() {
    }

    static long of(ScoreRow r) {
        StringBuilder line = new StringBuilder(160).append(r.periodEnd()).append('|').append(r.organizationId())
                .append('|').append(r.orgPath()).append('|').append(r.rankUnitId()).append('|')
                .append(r.schemeVersionId());
        for (BigDecimal d : new BigDecimal[] {r.base(), r.points(), r.total(), r.rawTotal(), r.reward()}) {
            line.append('|').append(number(d));
        }
        line.append('|').append(r.tierId()).append('|').append(r.tierName()).append('|').append(r.veto());
        for (Map.Entry<String, BigDecimal> e : r.subtotals().entrySet()) {
            line.append('|').append(e.getKey()).append('=').append(number(e.getValue()));
        }
        long h = OFFSET;
        for (int i = 0; i < line.length(); i++) {
            h = (h ^ line.charAt(i)) * PRIME;
        }
        return h;
    }

    private static String number(BigDecimal d) {
        return d == null ? "-" : d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
