package io.jifen.score.recompute;

import io.jifen.score.recompute.Recompute.Phase;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Where a recompute spent its time (operator log): roster reads, ledger reads, the engine, writes. */
final class PhaseTimes {

    private final Map<Phase, AtomicLong> nanos = new EnumMap<>(Phase.class);

    PhaseTimes() {
        reset();
    }

    void reset() {
        for (Phase p : Phase.values()) {
            nanos.put(p, new AtomicLong());
        }
    }

    /** Adds the time since {@code start} to the phase; answers now, the start of the next phase. */
    long add(Phase phase, long start) {
        long now = System.nanoTime();
        nanos.get(phase).addAndGet(now - start);
        return now;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        nanos.forEach((p, n) -> out.append(String.format(Locale.ROOT, "%s %.2f s ", p.name().toLowerCase(Locale.ROOT),
                n.get() / 1e9)));
        return out.toString().trim();
    }
}
