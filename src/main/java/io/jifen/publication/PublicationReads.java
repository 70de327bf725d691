package io.jifen.publication;

import io.jifen.printable.PublicitySheet;

import io.jifen.ledger.period.PeriodService;
import io.jifen.ledger.period.PeriodState;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationType;
import io.jifen.publication.ChildStatus.Status;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the 公示 pages and the ports read: a unit's periods, revisions, rows, the sheet and the parent's grid. */
@Service
@Transactional(readOnly = true)
public class PublicationReads {

    /** An assessed period of a unit with its newest snapshot revision, if frozen. */
    public record UnitPeriod(LocalDate start, LocalDate end, boolean ledgerClosed, Optional<Snapshot> latest) {
    }

    private final SnapshotStore store;
    private final SnapshotAccess access;
    private final PeriodService periods;
    private final OrgScope scope;
    private final MemberLookup lookup;
    private final SchemesInForce schemes;
    private final Messages messages;
    private final Clock clock;

    PublicationReads(SnapshotStore store, SnapshotAccess access, PeriodService periods, OrgScope scope,
            MemberLookup lookup, SchemesInForce schemes, Messages messages, Clock clock) {
        this.store = store;
        this.access = access;
        this.periods = periods;
        this.scope = scope;
        this.lookup = lookup;
        this.schemes = schemes;
        this.messages = messages;
        this.clock = clock;
    }

    /** The units the user closes and publishes for: branches in what they manage. */
    public List<Organization> units(JifenUser user) {
        String path = access.reach(user).managedPath();
        return path == null ? List.of() : lookup.subtree(path).stream()
                .filter(u -> u.getType() == OrganizationType.BRANCH).toList();
    }

    public List<UnitPeriod> periods(JifenUser user, long unitId) {
        Organization unit = scope.require(user, unitId);
        List<Snapshot> latest = store.latestOf(unit.getId());
        List<UnitPeriod> out = new ArrayList<>();
        for (PeriodState p : periods.list(user, unit.getId())) {
            out.add(new UnitPeriod(p.start(), p.end(), p.closed(),
                    latest.stream().filter(s -> s.periodStart().equals(p.start())).findFirst()));
        }
        return out;
    }

    public Optional<Snapshot> snapshot(JifenUser user, long snapshotId) {
        return access.readable(user, snapshotId);
    }

    /** Every revision of the snapshot's period the user may see, newest first. */
    public List<Snapshot> revisions(JifenUser user, long snapshotId) {
        Snapshot s = access.requireReadable(user, snapshotId);
        boolean officer = access.reach(user).manages(s.orgPath());
        return store.revisions(s.organizationId(), s.periodStart()).stream()
                .filter(r -> officer || r.state() != SnapshotState.FROZEN).toList();
    }

    public List<SnapshotRow> rows(JifenUser user, long snapshotId) {
        return store.rows(access.requireReadable(user, snapshotId).id());
    }

    /** What the revision changed against the one before, in the reader's language. */
    public List<String> changes(JifenUser user, long snapshotId, Locale locale) {
        return Changes.render(access.requireReadable(user, snapshotId).changes(), messages, locale);
    }

    public List<String> reasons(SnapshotRow row, Locale locale) {
        return Reasons.render(row.reasons(), messages, locale);
    }

    /** Published 公示 the user may read as a member of a unit, newest first. */
    public List<Snapshot> publishedForMe(JifenUser user) {
        return access.reach(user).self().map(m -> store.publishedFor(m.getOrganization().getPath()))
                .orElse(List.of());
    }

    /** The audit trail of a snapshot, for officers. */
    public List<String> audit(JifenUser user, long snapshotId) {
        return store.auditOf(access.requireManaged(user, snapshotId).id());
    }

    /** The revision as a printable 公示 sheet, in the reader's language. */
    public PublicitySheet sheet(JifenUser user, long snapshotId, Locale locale) {
        return sheet(access.requireReadable(user, snapshotId), locale);
    }

    PublicitySheet sheet(Snapshot s, Locale locale) {
        String unitName = lookup.unitWithin(s.organizationId(), s.orgPath()).map(Organization::getName).orElse("");
        List<PublicitySheet.Line> lines = store.rows(s.id()).stream()
                .map(r -> new PublicitySheet.Line(r.memberName(), r.total(), r.tierName(), r.unitRank(),
                        reasons(r, locale)))
                .toList();
        return new PublicitySheet(unitName, periodLabel(s.periodStart(), s.periodEnd(), locale), s.revision(),
                s.windowFrom(), s.windowTo(), lines);
    }

    public String periodLabel(LocalDate start, LocalDate end, Locale locale) {
        return messages.getTranslation("publication.period", locale, start.toString(), end.toString());
    }

    /** Each branch the user manages with the state of its latest period due for publication. */
    List<ChildStatus> statusOfChildren(JifenUser user) {
        LocalDate today = LocalDate.now(clock);
        List<ChildStatus> out = new ArrayList<>();
        for (Organization unit : units(user)) {
            Optional<Period> due = lastEnded(unit, today);
            Optional<Snapshot> latest = store.latestOf(unit.getId()).stream().findFirst()
                    .filter(s -> due.isEmpty() || !s.periodStart().isBefore(due.get().start()));
            out.add(latest.map(s -> new ChildStatus(unit.getId(), unit.getName(), s.periodStart(), s.periodEnd(),
                            status(s), s.revision(), s.state() == SnapshotState.PUBLISHED ? s.windowTo() : null))
                    .orElseGet(() -> new ChildStatus(unit.getId(), unit.getName(),
                            due.map(Period::start).orElse(null), due.map(Period::end).orElse(null),
                            Status.NOT_CLOSED, 0, null)));
        }
        return out;
    }

    private Optional<Period> lastEnded(Organization unit, LocalDate today) {
        return schemes.forUnit(unit.getPath(), today).map(f -> {
            PeriodRule rule = f.scheme().periodRule();
            Period current = rule.assessedUnit().windowOf(today, rule.yearStartMonth());
            return rule.assessedUnit().windowOf(current.start().minusDays(1), rule.yearStartMonth());
        });
    }

    private static Status status(Snapshot s) {
        return switch (s.state()) {
            case FROZEN -> Status.FROZEN;
            case PUBLISHED -> Status.PUBLISHED;
            case CLOSED, SUPERSEDED -> Status.CLOSED;
        };
    }
}
