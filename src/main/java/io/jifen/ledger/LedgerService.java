package io.jifen.ledger;

import io.jifen.organization.Member;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.MemberService;
import io.jifen.organization.OrgScope;
import io.jifen.organization.UnitRole;
import io.jifen.organization.UnitRoles;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Workflow.ReviewStep;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording in the ledger: every way in (claim, group leader, secretary, bulk activity, import, OA API) ends here.
 * A batch is all or nothing: every draft is checked against the member (in the user's reach, a member that day)
 * and the scheme in force for the member's unit on the entry's date, and one bad draft stores none.
 */
@Service
@Transactional
public class LedgerService {

    private final EntryRepository entries;
    private final PeriodClosureRepository closures;
    private final MemberLookup memberLookup;
    private final MemberService members;
    private final OrgScope scope;
    private final UnitRoles unitRoles;
    private final SchemesInForce schemes;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final JdbcClient jdbc;

    LedgerService(EntryRepository entries, PeriodClosureRepository closures, MemberLookup memberLookup,
            MemberService members, OrgScope scope, UnitRoles unitRoles, SchemesInForce schemes, Clock clock,
            ApplicationEventPublisher events, EntityManager em, JdbcClient jdbc) {
        this.events = events;
        this.em = em;
        this.jdbc = jdbc;
        this.entries = entries;
        this.closures = closures;
        this.memberLookup = memberLookup;
        this.members = members;
        this.scope = scope;
        this.unitRoles = unitRoles;
        this.schemes = schemes;
        this.clock = clock;
    }

    /** What was stored, and how many drafts were already in the ledger under their idempotency key. */
    public record Recorded(List<Entry> entries, int alreadyStored) {

        /** The entries stored confirmed (the others wait for review). */
        public int confirmed() {
            return (int) entries.stream().filter(e -> e.getStatus() == EntryStatus.CONFIRMED).count();
        }
    }

    /** Whether this many confirmations of one transaction leave their scores to a background job. */
    public static boolean scoredInBackground(int confirmations) {
        return confirmations > SCORED_AT_ONCE_UP_TO;
    }

    /**
     * Confirmations of one transaction up to this many update the scores as soon as it commits (a 40-attendee
     * meeting shows on the scoreboard at once); more (an import, an API batch) queue a background recompute of the
     * touched units, so the recording answers without waiting for hundreds of units to be scored.
     */
    public static final int SCORED_AT_ONCE_UP_TO = 500;

    private static final int KEYS_PER_QUERY = 1_000;

    @Transactional(readOnly = true)
    public LedgerReach reach(JifenUser user) {
        String managed = user.has(Role.ADMIN) || user.has(Role.SECRETARY) ? scope.root(user).getPath() : null;
        Optional<Member> self = members.myProfile(user);
        List<String> groups = unitRoles.pathsWhere(user, UnitRole.Kind.GROUP_LEADER);
        return new LedgerReach(user, self, managed, groups);
    }

    /**
     * Records the drafts in one transaction, in the way {@code source} names. Every draft is checked before any is
     * stored; drafts whose idempotency key the tenant already has are skipped (an OA batch sent twice counts once).
     *
     * @throws InvalidInputException with every problem at its JSON path; nothing is stored
     * @throws AccessDeniedException when the way in is not the user's (a member recording for someone else)
     */
    public Recorded record(JifenUser user, EntrySource source, List<EntryDraft> drafts) {
        // nothing is written until every draft is checked: once what the caller changed is flushed, the look-ups
        // need not flush (and dirty-check every loaded member) again, thousands of times in a large batch
        em.flush();
        FlushModeType flushMode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        Checked checked;
        try {
            checked = checkAll(user, source, drafts);
        } finally {
            em.setFlushMode(flushMode);
        }
        return new Recorded(store(checked.entries()), checked.skipped());
    }

    private record Checked(List<Entry> entries, int skipped) {
    }

    private static final Comparator<Entry> IN_SUM_ORDER = Comparator.comparingLong(Entry::getMemberId)
            .thenComparing(Entry::getItemId)
            .thenComparing(e -> e.getOptionCode() == null ? "" : e.getOptionCode())
            .thenComparing(e -> e.getDate().withDayOfMonth(1));

    private Checked checkAll(JifenUser user, EntrySource source, List<EntryDraft> drafts) {
        LedgerReach reach = reach(user);
        requireWayIn(reach, source);
        Map<Long, Member> reachable = reachableMembers(reach, source, drafts);
        Set<String> known = knownKeys(user, drafts);
        Set<String> unitPaths = reachable.values().stream().map(m -> m.getOrganization().getPath())
                .collect(Collectors.toSet());
        Batch batch = new Batch(user.username(), source, LocalDate.now(clock), clock.instant(),
                drafts.size() > 1 ? UUID.randomUUID().toString() : null, schemes.memo().prefetch(unitPaths),
                closuresAbove(unitPaths), new HashMap<>(), new ArrayList<>());
        List<Entry> out = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        int skipped = 0;
        for (int i = 0; i < drafts.size(); i++) {
            EntryDraft d = drafts.get(i);
            if (d.idempotencyKey() != null
                    && (known.contains(d.idempotencyKey()) || !seenKeys.add(d.idempotencyKey()))) {
                skipped++;
                continue;
            }
            Entry e = check(EntryChecks.at(i), d, reachable.get(d.memberId()), batch);
            if (e != null) {
                out.add(e);
            }
        }
        if (!batch.errors().isEmpty()) {
            throw new InvalidInputException(batch.errors());
        }
        return new Checked(out, skipped);
    }

    /**
     * Inserted in the order of the ledger's monthly sums they add to ({@code ledger_month_sum}, by trigger): two
     * batches that share some sums lock them in the same order, so one waits for the other instead of deadlocking.
     * Answered in the drafts' order.
     */
    private List<Entry> store(List<Entry> out) {
        entries.saveAll(out.stream().sorted(IN_SUM_ORDER).toList()); // new entries: persisted as they are
        // entries confirmed as recorded count at once: the scores update after commit
        out.stream().filter(e -> e.getStatus() == EntryStatus.CONFIRMED)
                .forEach(e -> events.publishEvent(new EntryConfirmed(e.getId(), e.getMemberId(), e.getDate())));
        return out;
    }

    /**
     * What the drafts of one call share: who records, how, when, and what is asked once per batch however many
     * drafts need it (the schemes in force through a memo, the period closures of the units, a unit and day).
     */
    private record Batch(String by, EntrySource source, LocalDate today, Instant now, String id,
            SchemesInForce.Memo schemes, List<PeriodClosure> closures, Map<String, UnitDay> unitDays,
            List<InputError> errors) {
    }

    /** What a batch needs to know of a unit on a day, asked once per unit and day however many drafts share them. */
    private record UnitDay(boolean closed, Optional<InForce> scheme) {
    }

    private UnitDay unitDay(Batch batch, String unitPath, LocalDate day) {
        return batch.unitDays().computeIfAbsent(unitPath + day, k -> new UnitDay(
                batch.closures().stream().anyMatch(c -> covers(c, unitPath, day)),
                batch.schemes().forUnit(unitPath, day)));
    }

    /** The closures made at the units or above them, in one query ({@code /1/2/5/} → {@code /1/}, {@code /1/2/}…). */
    private List<PeriodClosure> closuresAbove(Set<String> unitPaths) {
        Set<String> above = new HashSet<>();
        for (String path : unitPaths) {
            for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
                above.add(path.substring(0, i + 1));
            }
        }
        return above.isEmpty() ? List.of() : closures.findByOrgPathIn(above);
    }

    /** As {@link PeriodClosureRepository#covering}: closed at the unit itself or at any unit above it. */
    private static boolean covers(PeriodClosure c, String unitPath, LocalDate day) {
        return unitPath.startsWith(c.getOrgPath()) && !c.getStart().isAfter(day) && !c.getEnd().isBefore(day);
    }

    private Entry check(String at, EntryDraft d, Member m, Batch batch) {
        List<InputError> errors = batch.errors();
        int before = errors.size();
        EntryChecks.shape(at, d, batch.today(), errors::add);
        if (m == null) {
            errors.add(InputError.of(at + ".memberId", "ledger.error.memberNotFound", d.memberId()));
            return null;
        }
        if (errors.size() > before) {
            return null;
        }
        EntryChecks.membership(at, m, d.date(), errors::add);
        String unitPath = m.getOrganization().getPath();
        UnitDay day = unitDay(batch, unitPath, d.date());
        if (day.closed()) {
            errors.add(InputError.of(at + ".date", "ledger.error.periodClosed", d.date()));
            return null;
        }
        Optional<InForce> scheme = day.scheme();
        if (scheme.isEmpty()) {
            errors.add(InputError.of(at + ".date", "ledger.error.noSchemeInForce", m.getOrganization().getName(),
                    d.date()));
            return null;
        }
        Item item = EntryChecks.item(at, d, m, scheme.get().scheme(), batch.source(), errors::add);
        if (item == null || errors.size() > before) {
            return null;
        }
        return entry(d, m, scheme.get(), item, batch);
    }

    private static Entry entry(EntryDraft d, Member m, InForce scheme, Item item, Batch batch) {
        Entry e = new Entry(m.getOrganization().getId(), m.getOrganization().getPath(), m.getId(),
                scheme.versionRecordId(), item.id(), d.option(), d.value(), d.count(), d.date(),
                blankToNull(d.basis()), batch.source(), batch.by(), batch.now());
        List<ReviewStep> steps = ReviewPlan.remaining(item, scheme.scheme().workflow(), batch.source());
        if (steps.isEmpty()) {
            e.confirm(batch.now());
        } else {
            e.waitFor(steps.getFirst().id());
        }
        e.batch(batch.id());
        e.idempotencyKey(d.idempotencyKey());
        return e;
    }

    private static void requireWayIn(LedgerReach reach, EntrySource source) {
        boolean allowed = switch (source) {
            case SELF_CLAIM -> reach.self().isPresent();
            case GROUP_LEADER -> !reach.groupPaths().isEmpty();
            case SECRETARY, BULK, IMPORT, API -> reach.managedPath() != null;
        };
        if (!allowed) {
            throw new AccessDeniedException("this way into the ledger is not the user's: " + source);
        }
    }

    /** The drafts' members the user may record for this way; others stay out of the map (and fail as not found). */
    private Map<Long, Member> reachableMembers(LedgerReach reach, EntrySource source, List<EntryDraft> drafts) {
        Set<Long> ids = drafts.stream().map(EntryDraft::memberId).collect(Collectors.toSet());
        List<Member> found = switch (source) {
            case SELF_CLAIM -> reach.self().filter(m -> ids.contains(m.getId()))
                    .flatMap(m -> memberLookup.within(m.getId(), m.getOrganization().getPath())).stream().toList();
            case GROUP_LEADER -> reach.groupPaths().stream().flatMap(p -> memberLookup.within(ids, p).stream())
                    .toList();
            default -> memberLookup.within(ids, reach.managedPath());
        };
        return found.stream().collect(Collectors.toMap(Member::getId, Function.identity(), (a, b) -> a));
    }

    /**
     * The drafts' keys the tenant already has, asked {@link #KEYS_PER_QUERY} at a time on the keys' own index. The
     * index is forced: for a list longer than {@code eq_range_index_dive_limit} (200) the server estimates from
     * statistics, and as most rows have no key it guesses the list matches most of the ledger and reads the tenant's
     * every row by {@code org_path} instead (measured: minutes for an import of 50,000 at 5 M rows).
     */
    private Set<String> knownKeys(JifenUser user, List<EntryDraft> drafts) {
        List<String> keys = drafts.stream().map(EntryDraft::idempotencyKey).filter(k -> k != null).distinct()
                .toList();
        if (keys.isEmpty()) {
            return Set.of();
        }
        String tenant = scope.tenantPath(user).orElseThrow(() -> new AccessDeniedException("no tenant"));
        Set<String> known = new HashSet<>();
        for (int i = 0; i < keys.size(); i += KEYS_PER_QUERY) {
            known.addAll(jdbc.sql("select idempotency_key from ledger_entry force index "
                            + "(ix_ledger_entry_idempotency) where org_path like :tenant and idempotency_key in (:keys)")
                    .param("tenant", tenant + "%")
                    .param("keys", keys.subList(i, Math.min(keys.size(), i + KEYS_PER_QUERY)))
                    .query(String.class).list());
        }
        return known;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
