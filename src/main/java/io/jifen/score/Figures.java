package io.jifen.score;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A 64-bit fingerprint of a stored result's figures, everything stored (the unit rank is counted when read): a
 * recompute reads the fingerprint of each stored row instead of its twenty columns to tell which rows changed.
 * FNV-1a over the figures in a fixed order, strings with their length and numbers by value (60 and 60.00 agree);
 * two different rows agree by chance about once in 2^64.
 */
final class Figures {

    private static final long PRIME = 0x100000001b3L;

    private long hash = 0xcbf29ce484222325L;

    private Figures() {
    }

    static long of(ScoreRow r) {
        Figures f = new Figures().add(r.periodEnd().toEpochDay()).add(r.organizationId()).add(r.orgPath())
                .add(r.rankUnitId()).add(r.schemeVersionId()).add(r.base()).add(r.points()).add(r.total())
                .add(r.rawTotal()).add(r.reward()).add(r.tierId()).add(r.tierName()).add(r.rankGroup())
                .add(r.rankBasis()).add(r.veto() ? 1 : 0).add(r.subtotals().size());
        for (Map.Entry<String, BigDecimal> e : r.subtotals().entrySet()) {
            f.add(e.getKey()).add(e.getValue());
        }
        return f.hash;
    }

    private Figures add(long v) {
        for (int i = 0; i < Long.BYTES; i++, v >>>= 8) {
            hash = (hash ^ (v & 0xff)) * PRIME;
        }
        return this;
    }

    private Figures add(String s) {
        if (s == null) {
            return add(-1);
        }
        add(s.length());
        for (int i = 0; i < s.length(); i++) {
            hash = (hash ^ s.charAt(i)) * PRIME;
        }
        return this;
    }

    /** By value, whatever the scale: distinct decimals of up to 15 digits (decimal(11, 2)) stay distinct doubles. */
    private Figures add(BigDecimal d) {
        return d == null ? add(Long.MIN_VALUE) : add(Double.doubleToLongBits(d.doubleValue() + 0.0));
    }
}
