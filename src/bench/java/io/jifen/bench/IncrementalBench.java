package io.jifen.bench;

import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.Results;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Engine time of one confirmation (issue 9 point 5). The update ({@code score/IncrementalScores}) evaluates only the
 * confirmed member for the evaluation year (every period, interims, the year) and sets the unit's ranks in SQL, so one
 * confirmation costs one {@link ScoringEngine#evaluate} of one member with that member's facts; printed next to the
 * former cost, an evaluation of the whole unit (which the update still does for a unit's first scoring or a scheme
 * that ranks by category or status group). By default a unit of 60 members × 50 entries each in 2026, the benchmark
 * scheme of {@link ScoringBench} (quarterly, nested caps), the confirmed member taken in turn. Prints p50/p95/max
 * over the measured runs.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=io.jifen.bench.IncrementalBench
 * -Dbench.args="members=60 facts=50 warmup=2000 iterations=2000"}. Arguments {@code key=value}, all optional.
 */
public final class IncrementalBench {

    private IncrementalBench() {
    }

    public static void main(String[] args) {
        int members = 60;
        int facts = 50;
        int warmup = 2000;
        int iterations = 2000;
        Period range = Period.year(2026);
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "members" -> members = Integer.parseInt(kv[1]);
                case "facts" -> facts = Integer.parseInt(kv[1]);
                case "warmup" -> warmup = Integer.parseInt(kv[1]);
                case "iterations" -> iterations = Integer.parseInt(kv[1]);
                case "period" -> range = kv[1].contains("Q")
                        ? Period.quarter(Integer.parseInt(kv[1].substring(0, 4)), kv[1].charAt(5) - '0')
                        : Period.year(Integer.parseInt(kv[1]));
                default -> throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        BenchData data = BenchData.generate(42, members, 1, facts, range, true, 0);
        System.out.printf(Locale.ROOT, "unit of %d members × %d entries (%d facts) over %s, JVM %s, %d cpus%n",
                members, facts, data.facts.size(), range, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Map<String, List<Fact>> byMember = data.facts.stream().collect(Collectors.groupingBy(Fact::memberId));
        IntFunction<Results> member = i -> {
            ScoredMember m = data.members.get(i % data.members.size());
            return ScoringEngine.evaluate(data.scheme, List.of(m), byMember.getOrDefault(m.id(), List.of()),
                    data.period);
        };
        IntFunction<Results> unit = i -> ScoringEngine.evaluate(data.scheme, data.members, data.facts, data.period);
        print("engine time of one confirmation (the confirmed member)", member, warmup, iterations);
        print("whole-unit evaluation (first scoring, or ranking by category / status group)", unit, warmup,
                iterations);
    }

    private static void print(String what, IntFunction<Results> once, int warmup, int iterations) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += once.apply(i).members().size();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            Results r = once.apply(i);
            nanos[i] = System.nanoTime() - t0;
            sink += r.members().size();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: p50 %.3f ms, p95 %.3f ms, max %.2f ms (%d runs after %d warm-up; "
                + "check %d)%n", what, ms(nanos, 0.50), ms(nanos, 0.95), nanos[nanos.length - 1] / 1e6, iterations,
                warmup, sink);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
