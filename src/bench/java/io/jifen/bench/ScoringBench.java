package io.jifen.bench;

import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.Results;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of {@link ScoringEngine#evaluate} for issue 3: by default 100,000 members × 50 facts in one quarter
 * (5,000,000 facts, 500 units), generated deterministically. Not a test: run it with {@code mvn -Pbench
 * test-compile exec:exec} (see docs/performance.md), which starts a fresh JVM with -Xmx4g.
 *
 * <p>Arguments (all optional, {@code key=value}): {@code members=100000 facts=50 units=500 warmup=1 iterations=3
 * seed=42 period=2026Q1 dump=FILE hold=SECONDS
 * reset=true dupEvery=0}. Warm-up runs are timed but not counted; each measured iteration evaluates the
 * whole quarter from scratch. {@code dump=FILE} writes every explained number of the last run, for comparing two
 * engine versions with diff. Peak heap is the sum of the heap pools' peaks over the measured iterations (the JVM
 * does not collect until it needs to, so read it together with the heap retained by one result, measured after a
 * full GC with the result still referenced).
 */
public final class ScoringBench {

    private ScoringBench() {
    }

    public static void main(String[] args) throws Exception {
        int members = 100_000;
        int facts = 50;
        int units = 500;
        int warmup = 1;
        int iterations = 3;
        long seed = 42;
        Period period = Period.quarter(2026, 1);
        Path dump = null;
        int hold = 0;
        boolean reset = true;
        int dupEvery = 0;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "members" -> members = Integer.parseInt(kv[1]);
                case "facts" -> facts = Integer.parseInt(kv[1]);
                case "units" -> units = Integer.parseInt(kv[1]);
                case "warmup" -> warmup = Integer.parseInt(kv[1]);
                case "iterations" -> iterations = Integer.parseInt(kv[1]);
                case "seed" -> seed = Long.parseLong(kv[1]);
                case "period" -> period = kv[1].contains("Q")
                        ? Period.quarter(Integer.parseInt(kv[1].substring(0, 4)), kv[1].charAt(5) - '0')
                        : Period.year(Integer.parseInt(kv[1]));
                case "dump" -> dump = Path.of(kv[1]);
                case "hold" -> hold = Integer.parseInt(kv[1]);
                case "reset" -> reset = Boolean.parseBoolean(kv[1]);
                case "dupEvery" -> dupEvery = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "JVM %s %s, %d cpus, max heap %d MB, GC %s%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), rt.availableProcessors(),
                rt.maxMemory() >> 20, ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).toList());
        long t0 = System.nanoTime();
        BenchData data = BenchData.generate(seed, members, units, facts, period, reset, dupEvery);
        System.out.printf(Locale.ROOT, "generated %,d members / %,d facts over %d units in %s in %d ms%n",
                data.members.size(), data.facts.size(), units, period, (System.nanoTime() - t0) / 1_000_000);
        long inputHeap = usedAfterGc();
        System.out.printf(Locale.ROOT, "heap used by the input (after GC): %,d MB%n", inputHeap >> 20);

        Results last = null;
        for (int i = 0; i < warmup; i++) {
            last = null;
            long s = System.nanoTime();
            last = ScoringEngine.evaluate(data.scheme, data.members, data.facts, data.period);
            System.out.printf(Locale.ROOT, "warm-up %d: %,d ms%n", i + 1, (System.nanoTime() - s) / 1_000_000);
        }
        last = null;
        usedAfterGc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Long> times = new ArrayList<>();
        long gcBefore = gcMillis();
        for (int i = 0; i < iterations; i++) {
            last = null;
            long s = System.nanoTime();
            last = ScoringEngine.evaluate(data.scheme, data.members, data.facts, data.period);
            long ms = (System.nanoTime() - s) / 1_000_000;
            times.add(ms);
            System.out.printf(Locale.ROOT, "iteration %d: %,d ms%n", i + 1, ms);
        }
        long gc = gcMillis() - gcBefore;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long retained = usedAfterGc() - inputHeap;
        long explained = last.members().stream().flatMap(m -> m.periods().stream())
                .mapToLong(p -> p.items().size() + p.categories().size()).sum();
        Collections.sort(times);
        long median = times.get(times.size() / 2);
        long best = times.get(0);
        long scored = data.facts.size();
        System.out.println();
        System.out.printf(Locale.ROOT, "members                      %,d%n", data.members.size());
        System.out.printf(Locale.ROOT, "facts                        %,d (%d per member, %,d ignored by the engine)%n",
                scored, facts, last.ignoredFacts().size());
        System.out.printf(Locale.ROOT, "item + category results      %,d%n", explained);
        System.out.printf(Locale.ROOT, "whole quarter, median of %d   %,d ms (best %,d ms)%n", iterations, median,
                best);
        System.out.printf(Locale.ROOT, "facts per second (median)    %,d%n", scored * 1000 / Math.max(1, median));
        System.out.printf(Locale.ROOT, "peak heap (measured runs)    %,d MB of max %,d MB%n", peak >> 20,
                rt.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "heap retained by one result  %,d MB (input %,d MB)%n", retained >> 20,
                inputHeap >> 20);
        System.out.printf(Locale.ROOT, "GC time in measured runs     %,d ms%n", gc);
        if (dump != null) {
            ResultsDump.write(last, dump);
            System.out.println("dumped results to " + dump);
        }
        if (hold > 0) { // keep the last result alive for a heap histogram: jcmd <pid> GC.class_histogram
            System.out.println("holding the result for " + hold + " s, pid " + ProcessHandle.current().pid());
            Thread.sleep(hold * 1000L);
            System.out.println(last.members().size());
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}
