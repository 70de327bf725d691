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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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

    /** Batches evaluated at once by {@link #recompute}: the chart's pod has 2 cores. */
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

    /** Every batch of the unit's subtree (tests, the benchmark): {@link #recompute} with nothing else to record. */
    public int recomputeAll(long unitId, LocalDate from, LocalDate to) {
        return recompute(plan(unitId, MEMBERS_PER_BATCH), from, to, b -> { });
    }

    /** What a job records as its batches are stored. */
    public interface Progress {

        /** In the batch's transaction, after its rows are written: both commit or neither. */
        void stored(List<RankUnit> batch);

        /** After the batch's transaction committed (a job's pause between batches: no transaction held open). */
        default void committed(List<RankUnit> batch) {
        }
    }

    /**
     * Evaluates the batches on {@link #THREADS} threads while this thread stores them, one after the other in the
     * order given, each in its own transaction with {@code progress}: while one thread waits on MariaDB another runs
     * the engine, and a batch is never stored before the ones ahead of it, so a job that stops has stored exactly a
     * prefix of its plan and resumes after it. At most {@link #THREADS} + 1 batches are evaluated ahead of the one
     * being stored, which keeps the heap to a few batches whatever the subtree's size.
     *
     * @return the members scored
     */
    public int recompute(List<List<RankUnit>> batches, LocalDate from, LocalDate to, Progress progress) {
        timings.reset();
        rewritten.set(0);
        long t = System.nanoTime();
        int scored = 0;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        SchemesOfUnits schemesOf = new SchemesOfUnits(schemes, jdbc);
        try {
            Deque<Future<Evaluated>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < batches.size(); i++) {
                for (; next < batches.size() && next <= i + THREADS; next++) {
                    List<RankUnit> b = batches.get(next);
                    ahead.add(pool.submit(() -> evaluate(b, from, to, true, schemesOf)));
                }
                scored += store(batches.get(i), ahead.remove().get(), from, to, progress::stored);
                progress.committed(batches.get(i));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recompute interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow(); // a failed store leaves nothing to evaluate for
        }
        log.info("recompute of {} batches {}..{} in {} ms: {} members, {} rows written; {}", batches.size(), from, to,
                (System.nanoTime() - t) / 1_000_000, scored, rewritten.get(), timings);
        return scored;
    }

    /** One batch's rows in one transaction, with what the job records: both commit or neither. */
    private int store(List<RankUnit> batch, Evaluated e, LocalDate from, LocalDate to,
            Consumer<List<RankUnit>> inSameTransaction) {
        long t = System.nanoTime();
        tx.executeWithoutResult(s -> {
            rewritten.addAndGet(store.update(e.memberIds(), from, to, e.rows()));
            inSameTransaction.accept(batch);
        });
        timings.add(Phase.STORE, t);
        return e.scored();
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
        return evaluate(batch, from, to, aggregated, new SchemesOfUnits(schemes, jdbc));
    }

    private Evaluated evaluate(List<RankUnit> batch, LocalDate from, LocalDate to, boolean aggregated,
            SchemesOfUnits schemesOf) {
        Map<Long, InForce> schemeOf = new LinkedHashMap<>();
        Map<Long, List<RosterMember>> membersOf = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>();
        long t0 = System.nanoTime();
        Map<RankUnit, List<RosterMember>> rosterOf = roster.members(batch, from, to);
        timings.add(Phase.ROSTER, t0);
        for (RankUnit u : batch) {
            List<RosterMember> ms = rosterOf.get(u);
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
