package io.jifen.score.recompute;

import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.score.ScoreStore;
import io.jifen.scoring.Fact;
import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.ScoringEngine;
import io.jifen.scoring.model.Period;
import io.jifen.score.ResultRows;
import io.jifen.score.ScoreRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full recompute of an organization subtree over a range (a quarter, a year) from the ledger tables, by batches of
 * rank units: members are independent until ranking and ranks are per unit, so the heap holds one batch's results,
 * never the whole tenant's explanations. Each batch is written in one transaction, only the rows whose figures
 * changed ({@code ScoreStore.update}).
 * Callers check scope (the job service does); this class takes ids as given.
 */
@Service
public class Recompute {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Recompute.class);

    enum Phase {
        ROSTER, LEDGER, ENGINE, STORE
    }

    /** Members per batch: large enough that a round trip carries real work, small enough to keep the heap flat. */
    public static final int MEMBERS_PER_BATCH = 2_000;

    /** Batches computed at once by {@link #recomputeAll}: the chart's pod has 2 cores. */
    static final int THREADS = 2;

    private final Roster roster;
    private final LedgerFacts facts;
    private final SchemesInForce schemes;
    private final ScoreStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final PhaseTimes timings = new PhaseTimes();
    private final AtomicInteger rewritten = new AtomicInteger();
    private final ReentrantLock writes = new ReentrantLock();

    Recompute(Roster roster, LedgerFacts facts, SchemesInForce schemes, ScoreStore store, TransactionTemplate tx,
            Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.facts = facts;
        this.schemes = schemes;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    /** The rank units of the subtree in batches of about {@code membersPerBatch} members, in unit id order. */
    public List<List<RankUnit>> plan(long unitId, int membersPerBatch) {
        List<RankUnit> units = roster.units(unitId);
        List<Integer> sizes = roster.sizes(units);
        List<List<RankUnit>> batches = new ArrayList<>();
        List<RankUnit> batch = new ArrayList<>();
        int members = 0;
        for (int i = 0; i < units.size(); i++) {
            batch.add(units.get(i));
            members += sizes.get(i);
            if (members >= membersPerBatch) {
                batches.add(batch);
                batch = new ArrayList<>();
                members = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /**
     * Evaluates and stores one batch in one transaction; {@code inSameTransaction} runs in it after the rows are
     * written (the job records its progress there, so rows and progress commit together or not at all).
     *
     * @return the members scored
     */
    public int recomputeBatch(List<RankUnit> batch, LocalDate from, LocalDate to, Runnable inSameTransaction) {
        Evaluated e = evaluate(batch, from, to, true);
        long t = System.nanoTime();
        // one writer at a time: two batches' delete-then-insert on score_result deadlock on InnoDB's gap locks
        writes.lock();
        try {
            tx.executeWithoutResult(s -> {
                rewritten.addAndGet(store.update(e.memberIds(), from, to, e.rows()));
                inSameTransaction.run();
            });
        } finally {
            writes.unlock();
        }
        timings.add(Phase.STORE, t);
        return e.scored();
    }

    /** Every batch in one go (tests, the benchmark). */
    public int recomputeAll(long unitId, LocalDate from, LocalDate to) {
        timings.reset();
        rewritten.set(0);
        int scored = inParallel(plan(unitId, MEMBERS_PER_BATCH), from, to);
        log.info("recompute of unit {} {}..{}: {} members, {} rows written; {}", unitId, from, to, scored,
                rewritten.get(), timings);
        return scored;
    }

    /**
     * The batches on {@link #THREADS} threads: they are independent, and one thread
     * waits on the database (ledger read, writes) while the other runs the engine. Each batch keeps its own
     * transaction, so a failure leaves the batches already stored.
     */
    private int inParallel(List<List<RankUnit>> batches, LocalDate from, LocalDate to) {
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<Integer>> done = new ArrayList<>();
            batches.forEach(b -> done.add(pool.submit(() -> recomputeBatch(b, from, to, () -> { }))));
            int scored = 0;
            for (Future<Integer> f : done) {
                scored += f.get();
            }
            return scored;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recompute interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static ResultRows.Owner owner(RosterMember m) {
        return new ResultRows.Owner(m.id(), m.organizationId(), m.orgPath(), m.unit().id());
    }

    /** The rows of a batch and the members they replace. */
    record Evaluated(List<Long> memberIds, List<ScoreRow> rows, int scored) {
    }

    /**
     * Evaluates the batch's units, one engine run per scheme in force (units of one scheme are ranked in the same
     * run; ranks are per unit anyway). {@code aggregated} false reads every entry as its own fact (the reference).
     */
    Evaluated evaluate(List<RankUnit> batch, LocalDate from, LocalDate to, boolean aggregated) {
        SchemesOfUnits schemesOf = new SchemesOfUnits(schemes, jdbc);
        Map<Long, InForce> schemeOf = new LinkedHashMap<>();
        Map<Long, List<RosterMember>> membersOf = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        for (RankUnit u : batch) {
            long t = System.nanoTime();
            List<RosterMember> ms = roster.members(u, from, to);
            timings.add(Phase.ROSTER, t);
            ms.forEach(m -> all.add(m.id()));
            Optional<InForce> in = schemesOf.forUnit(u.path(), from, to);
            if (in.isEmpty()) {
                continue; // no scheme in force: nothing to score, old rows of the range are removed
            }
            schemeOf.putIfAbsent(in.get().versionRecordId(), in.get());
            membersOf.computeIfAbsent(in.get().versionRecordId(), k -> new ArrayList<>()).addAll(ms);
        }
        List<ScoreRow> rows = new ArrayList<>();
        int scored = 0;
        for (var e : membersOf.entrySet()) {
            InForce in = schemeOf.get(e.getKey());
            Map<String, RosterMember> byId = new LinkedHashMap<>();
            e.getValue().stream().filter(m -> in.scheme().memberClass(m.scored().classId()).isPresent())
                    .forEach(m -> byId.put(m.scored().id(), m));
            List<ScoredMember> members = byId.values().stream().map(RosterMember::scored).toList();
            long t = System.nanoTime();
            List<Fact> fs = aggregated ? facts.aggregated(in.scheme(), members, from, to)
                    : facts.plain(byId.values().stream().map(RosterMember::id).toList(), from, to);
            t = timings.add(Phase.LEDGER, t);
            var results = ScoringEngine.evaluate(in.scheme(), members, fs, new Period(from, to));
            rows.addAll(ResultRows.of(results, id -> owner(byId.get(id)), in.versionRecordId(),
                    clock.instant()));
            timings.add(Phase.ENGINE, t);
            scored += byId.size();
        }
        return new Evaluated(all, rows, scored);
    }
}
