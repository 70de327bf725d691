package io.jifen.overview;

import io.jifen.ledger.review.ReviewFilter;
import io.jifen.ledger.review.ReviewService;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationType;
import io.jifen.score.ScoreReach;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overviews' data, scoped before anything is read: a unit is used only if the user manages it (an admin's
 * subtree, a secretary's branch), so a foreign unit and a missing one both give an empty answer.
 */
@Service
@Transactional(readOnly = true)
public class Overviews {

    private final OverviewQueries queries;
    private final ScoreReach reach;
    private final OrgScope scope;
    private final MemberLookup lookup;
    private final ReviewService reviews;
    private final ObjectProvider<BranchStatusSource> sources;
    private final Clock clock;

    Overviews(OverviewQueries queries, ScoreReach reach, OrgScope scope, MemberLookup lookup, ReviewService reviews,
            ObjectProvider<BranchStatusSource> sources, Clock clock) {
        this.queries = queries;
        this.reach = reach;
        this.scope = scope;
        this.lookup = lookup;
        this.reviews = reviews;
        this.sources = sources;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The unit the user's overview starts at: the top of what they manage; empty for a plain member. */
    public Optional<Organization> home(JifenUser user) {
        if (!user.has(Role.ADMIN) && !user.has(Role.SECRETARY)) {
            return Optional.empty();
        }
        return Optional.of(scope.root(user));
    }

    /** Units whose children can be compared: the managed subtree without its 党小组. */
    public List<Organization> parents(JifenUser user) {
        String path = reach.of(user).managedPath();
        return path == null ? List.of() : lookup.subtree(path).stream()
                .filter(o -> o.isActive() && o.getType() != OrganizationType.GROUP).toList();
    }

    public Optional<Organization> unit(JifenUser user, long unitId) {
        return reach.managedUnit(user, unitId);
    }

    /** Periods and years with results in the unit's subtree that start in {@code year}. */
    public List<OverviewPeriod> periods(JifenUser user, long unitId, int year) {
        return unit(user, unitId).map(u -> queries.periods(u.getPath(), year)).orElse(List.of());
    }

    /** The period to show first: the assessed period holding today, else the year holding it, else the latest. */
    public Optional<OverviewPeriod> current(List<OverviewPeriod> periods) {
        LocalDate today = today();
        return periods.stream().filter(p -> p.level() == io.jifen.score.ScoreRow.Level.YEAR && p.contains(today))
                .findFirst().or(() -> periods.stream().filter(p -> p.contains(today)).findFirst())
                .or(() -> periods.stream().reduce((a, b) -> b));
    }

    /** January of {@code year} to its December, or to this month for the running year. */
    public Optional<List<MonthParticipation>> participation(JifenUser user, long unitId, int year) {
        YearMonth now = YearMonth.from(today());
        YearMonth last = now.getYear() == year ? now : YearMonth.of(year, 12);
        return unit(user, unitId).map(u -> queries.participation(u.getPath(), YearMonth.of(year, 1), last));
    }

    public Optional<List<TierCount>> tiers(JifenUser user, long unitId, OverviewPeriod period) {
        return unit(user, unitId).map(u -> queries.tiers(u.getPath(), period));
    }

    /** The unit's child units compared, each with what the status sources report. */
    public Optional<List<BranchRow>> branches(JifenUser user, long unitId, OverviewPeriod period) {
        return unit(user, unitId).map(u -> {
            List<BranchAverage> children = queries.children(u.getId(), period);
            List<Organization> units = lookup.subtree(u.getPath()).stream()
                    .filter(o -> children.stream().anyMatch(c -> c.unitId() == o.getId())).toList();
            Map<Long, BranchStatus> status = statuses(user, units, period);
            return children.stream().map(c -> new BranchRow(c, status.getOrDefault(c.unitId(), BranchStatus.UNKNOWN)))
                    .toList();
        });
    }

    /** The secretary's own unit: their review queue's count and what the sources report on the unit. */
    public Optional<UnitSummary> summary(JifenUser user, long unitId, OverviewPeriod period) {
        return unit(user, unitId).map(u -> new UnitSummary(reviews.waiting(user, ReviewFilter.NONE),
                statuses(user, List.of(u), period).getOrDefault(u.getId(), BranchStatus.UNKNOWN)));
    }

    private Map<Long, BranchStatus> statuses(JifenUser user, List<Organization> units, OverviewPeriod period) {
        Map<Long, BranchStatus> merged = new HashMap<>();
        if (period == null || units.isEmpty()) {
            return merged;
        }
        sources.orderedStream().forEach(s -> s.statuses(user, units, period)
                .forEach((id, st) -> merged.merge(id, st, BranchStatus::merge)));
        return merged;
    }
}
