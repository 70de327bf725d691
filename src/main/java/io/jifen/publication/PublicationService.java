package io.jifen.publication;

import io.jifen.printable.PublicitySheet;

import io.jifen.ledger.period.PeriodService;
import io.jifen.ledger.period.PeriodState;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.score.UnitScores;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.Workflow;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示: closing a unit's period freezes its results (revision 1) and closes the ledger period; publishing opens the
 * scheme's window and reports to the parent; after an upheld objection and its ledger correction the secretary
 * republishes as revision n+1 (every revision is kept); a job closes windows that ended. Every step is audited with
 * the acting user. Reads (the sheet, the parent's grid, objection counts) are here too, as the ports others use.
 */
@Service
@Transactional
public class PublicationService {

    static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(PublicationService.class);

    private final OrgScope scope;
    private final PeriodService periods;
    private final SchemesInForce schemes;
    private final Freezer freezer;
    private final SnapshotStore store;
    private final SnapshotAccess access;
    private final ObjectionStore objections;
    private final PublicationReads reads;
    private final Clock clock;

    PublicationService(OrgScope scope, PeriodService periods, SchemesInForce schemes, Freezer freezer,
            SnapshotStore store, SnapshotAccess access, ObjectionStore objections, PublicationReads reads,
            Clock clock) {
        this.scope = scope;
        this.periods = periods;
        this.schemes = schemes;
        this.freezer = freezer;
        this.store = store;
        this.access = access;
        this.objections = objections;
        this.reads = reads;
        this.clock = clock;
    }

    /** Closes the unit's assessed period and freezes its results as revision 1 (secretary or admin above). */
    public Snapshot close(JifenUser user, long unitId, LocalDate start, LocalDate end) {
        Organization unit = scope.require(user, unitId);
        if (UnitScores.rankUnit(unit) != unit) {
            throw new UserFacingException("publication.error.notRankUnit", unit.getName());
        }
        if (!store.revisions(unit.getId(), start).isEmpty()) {
            throw new UserFacingException("publication.error.alreadyFrozen", start, end);
        }
        if (!ledgerClosedHere(user, unit, start)) {
            periods.close(user, unitId, start, end);
        }
        Instant now = clock.instant();
        Snapshot s = freezer.freeze(unit, new Period(start, end), 1, SnapshotState.FROZEN, null, user.username(), now);
        store.audit(s, null, "FREEZE", null, user.username(), now);
        return s;
    }

    /** Publishes revision 1: the window opens today for the days the scheme's workflow sets. */
    public Snapshot publish(JifenUser user, long snapshotId) {
        Snapshot s = access.requireManaged(user, snapshotId);
        if (s.state() != SnapshotState.FROZEN) {
            throw new UserFacingException("publication.error.notFrozen", s.revision());
        }
        int days = workflowOf(s).publicationWindowDays();
        if (days <= 0) {
            throw new UserFacingException("publication.error.noWindow");
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        store.publish(s.id(), today, today.plusDays(days - 1L), user.username(), now);
        store.audit(s, null, "PUBLISH", today + ".." + today.plusDays(days - 1L), user.username(), now);
        return access.requireManaged(user, snapshotId);
    }

    /**
     * After an upheld objection and its correction in the ledger: closes the ledger period again and freezes the
     * results as the next revision, in the same window; the revision before is kept as superseded.
     */
    public Snapshot republish(JifenUser user, long snapshotId) {
        Snapshot current = access.requireManaged(user, snapshotId);
        List<Snapshot> revisions = store.revisions(current.organizationId(), current.periodStart());
        if (revisions.getFirst().id() != current.id() || current.state() == SnapshotState.FROZEN
                || current.state() == SnapshotState.SUPERSEDED) {
            throw new UserFacingException("publication.error.notCurrent", current.revision());
        }
        if (objections.upheldSince(current.organizationId(), current.periodStart(), current.frozenAt()) == 0) {
            throw new UserFacingException("publication.error.nothingUpheld");
        }
        Organization unit = scope.require(user, current.organizationId());
        if (!ledgerClosedHere(user, unit, current.periodStart())) {
            periods.close(user, unit.getId(), current.periodStart(), current.periodEnd());
        }
        Instant now = clock.instant();
        Snapshot next = freezer.freeze(unit, new Period(current.periodStart(), current.periodEnd()),
                current.revision() + 1, current.state(), current, user.username(), now);
        store.supersede(current.id());
        store.audit(next, null, "REPUBLISH", "revision " + next.revision(), user.username(), now);
        return next;
    }

    /** Closes every published window that ended before today; the job calls this (once across replicas). */
    public int closeEndedWindows() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int closed = 0;
        for (Snapshot s : store.windowsEndedBefore(today)) {
            if (store.closeWindow(s.id(), SYSTEM, now)) {
                store.audit(s, null, "WINDOW_CLOSED", s.windowTo().toString(), SYSTEM, now);
                closed++;
            }
        }
        if (closed > 0) {
            LOG.info("publication: {} window(s) closed on {}", closed, today);
        }
        return closed;
    }

    /** The ledger period is lifted for the correction an upheld objection asks for (if closed at this unit). */
    void liftForCorrection(JifenUser user, Snapshot s, String reason) {
        Organization unit = scope.require(user, s.organizationId());
        if (ledgerClosedHere(user, unit, s.periodStart())) {
            periods.reopenForCorrection(user, unit.getId(), s.periodStart(), reason);
        }
    }

    Workflow workflowOf(Snapshot s) {
        return schemes.forUnit(s.orgPath(), s.periodStart()).map(f -> f.scheme().workflow()).orElse(Workflow.NONE);
    }

    /** Item names of the scheme the snapshot was computed under, by item id. */
    Map<String, String> itemNames(Snapshot s) {
        return schemes.forUnit(s.orgPath(), s.periodStart())
                .map(f -> f.scheme().items().stream().collect(Collectors.toMap(Item::id, Item::name)))
                .orElse(Map.of());
    }

    private boolean ledgerClosedHere(JifenUser user, Organization unit, LocalDate start) {
        Optional<PeriodState> state = periods.list(user, unit.getId()).stream()
                .filter(p -> p.start().equals(start)).findFirst();
        return state.map(p -> p.closed() && !p.closedAbove()).orElse(false);
    }

    // ---- reads: the ports the overview, todos and printables use ----

    @Transactional(readOnly = true)
    public PublicitySheet sheet(JifenUser user, long snapshotId, Locale locale) {
        return reads.sheet(user, snapshotId, locale);
    }

    @Transactional(readOnly = true)
    public List<ChildStatus> statusOfChildren(JifenUser user) {
        return reads.statusOfChildren(user);
    }

    @Transactional(readOnly = true)
    public long openObjections(JifenUser user) {
        return objections.countOpen(access.reach(user).managedPath(), null);
    }

    @Transactional(readOnly = true)
    public long overdueObjections(JifenUser user) {
        return objections.countOpen(access.reach(user).managedPath(), LocalDate.now(clock));
    }
}
