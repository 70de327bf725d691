package io.jifen.ledger.period;

import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening assessed periods (考核周期) per unit. A closed period takes no new entries and no decisions
 * for the unit and everything below it; only an admin reopens, with a reason. Every change is written to
 * {@code ledger_period_audit} with the acting user. The unit is looked up inside the user's scope first: a foreign
 * unit and a missing one are refused alike.
 */
@Service
@Transactional
public class PeriodService {

    static final int MAX_REASON = 500;
    /** How far back the list goes: this year's and last year's periods. */
    private static final int YEARS_LISTED = 2;

    private final OrgScope scope;
    private final SchemesInForce schemes;
    private final JdbcClient jdbc;
    private final Clock clock;

    PeriodService(OrgScope scope, SchemesInForce schemes, JdbcClient jdbc, Clock clock) {
        this.scope = scope;
        this.schemes = schemes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Closes one assessed period of the scheme in force for the unit (its secretary, or an admin above). */
    public void close(JifenUser user, long unitId, LocalDate start, LocalDate end) {
        Organization unit = scope.require(user, unitId);
        PeriodRule rule = ruleOn(unit, start);
        Period expected = rule.assessedUnit().windowOf(start, rule.yearStartMonth());
        if (end == null || !expected.equals(new Period(start, end))) {
            throw new UserFacingException("ledger.period.error.notAssessed", start, end);
        }
        if (!covering(unit.getPath(), start).isEmpty()) {
            throw new UserFacingException("ledger.period.error.alreadyClosed", start, end);
        }
        Instant now = clock.instant();
        jdbc.sql("insert into ledger_period_closure (organization_id, org_path, period_start, period_end, closed_by, "
                        + "closed_at) values (?, ?, ?, ?, ?, ?)")
                .params(unit.getId(), unit.getPath(), start, end, user.username(), Timestamp.from(now)).update();
        audit(unit, start, end, "CLOSE", null, user, now);
    }

    /** Reopens a period closed at this unit: admins only, with the reason. */
    public void reopen(JifenUser user, long unitId, LocalDate start, String reason) {
        scope.requireAdmin(user);
        lift(user, unitId, start, reason);
    }

    /**
     * Reopens a period closed at this unit for a correction its own officers make (secretary or admin above): the
     * publication calls this when the branch upholds an objection, and closes the period again when it republishes.
     */
    public void reopenForCorrection(JifenUser user, long unitId, LocalDate start, String reason) {
        lift(user, unitId, start, reason);
    }

    private void lift(JifenUser user, long unitId, LocalDate start, String reason) {
        Organization unit = scope.require(user, unitId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new UserFacingException("ledger.period.error.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new UserFacingException("ledger.period.error.reasonTooLong", MAX_REASON);
        }
        List<Closure> own = covering(unit.getPath(), start).stream()
                .filter(c -> c.organizationId() == unit.getId() && c.periodStart().equals(start)).toList();
        if (own.isEmpty()) {
            throw new UserFacingException("ledger.period.error.notClosed", start);
        }
        Closure c = own.getFirst();
        jdbc.sql("delete from ledger_period_closure where id = ?").param(c.id()).update();
        audit(unit, c.periodStart(), c.periodEnd(), "REOPEN", why, user, clock.instant());
    }

    /** The assessed periods of the scheme in force today, newest first, up to today's, with their state. */
    @Transactional(readOnly = true)
    public List<PeriodState> list(JifenUser user, long unitId) {
        Organization unit = scope.require(user, unitId);
        LocalDate today = LocalDate.now(clock);
        var inForce = schemes.forUnit(unit.getPath(), today);
        if (inForce.isEmpty()) {
            return List.of();
        }
        SchemeVersion scheme = inForce.get().scheme();
        PeriodRule rule = scheme.periodRule();
        LocalDate earliest = LocalDate.of(today.getYear() - YEARS_LISTED + 1, 1, 1);
        List<Closure> closures = closuresOf(unit.getPath());
        List<PeriodState> out = new ArrayList<>();
        Period p = rule.assessedUnit().windowOf(today, rule.yearStartMonth());
        while (!p.end().isBefore(earliest) && !p.end().isBefore(scheme.effectiveFrom())) {
            out.add(state(unit, p, closures));
            p = rule.assessedUnit().windowOf(p.start().minusDays(1), rule.yearStartMonth());
        }
        return out;
    }

    private static PeriodState state(Organization unit, Period p, List<Closure> closures) {
        return closures.stream().filter(c -> !c.periodStart().isAfter(p.end()) && !c.periodEnd().isBefore(p.start()))
                .findFirst()
                .map(c -> new PeriodState(p.start(), p.end(), true, c.organizationId() != unit.getId(), c.closedBy(),
                        c.closedAt()))
                .orElse(new PeriodState(p.start(), p.end(), false, false, null, null));
    }

    private PeriodRule ruleOn(Organization unit, LocalDate day) {
        if (day == null) {
            throw new UserFacingException("ledger.period.error.notAssessed", day, day);
        }
        return schemes.forUnit(unit.getPath(), day).map(f -> f.scheme().periodRule())
                .orElseThrow(() -> new UserFacingException("ledger.period.error.noScheme", unit.getName(), day));
    }

    private record Closure(long id, long organizationId, LocalDate periodStart, LocalDate periodEnd, String closedBy,
            Instant closedAt) {
    }

    private static final String CLOSURE = "select id, organization_id, period_start, period_end, closed_by, closed_at "
            + "from ledger_period_closure where ? like concat(org_path, '%')";

    private List<Closure> covering(String path, LocalDate day) {
        return jdbc.sql(CLOSURE + " and period_start <= ? and period_end >= ?").params(path, day, day)
                .query(Closure.class).list();
    }

    private List<Closure> closuresOf(String path) {
        return jdbc.sql(CLOSURE + " order by period_start desc").param(path).query(Closure.class).list();
    }

    private void audit(Organization unit, LocalDate start, LocalDate end, String action, String reason,
            JifenUser user, Instant at) {
        jdbc.sql("insert into ledger_period_audit (organization_id, period_start, period_end, action, reason, "
                        + "acted_by, acted_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(unit.getId(), start, end, action, reason, user.username(), Timestamp.from(at)).update();
    }
}
