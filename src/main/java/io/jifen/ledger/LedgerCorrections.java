package io.jifen.ledger;

import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two ways an entry leaves the count after recording: a claimant withdraws a pending claim (撤回), and a
 * secretary or admin reverses a confirmed entry (冲正) with a new entry that cancels it. Both look the entry up inside
 * the user's reach first, so a foreign id and a missing id get the same refusal.
 */
@Service
@Transactional
public class LedgerCorrections {

    static final int MAX_REASON = 500;

    private final LedgerService ledger;
    private final EntryRepository entries;
    private final PeriodClosureRepository closures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerCorrections(LedgerService ledger, EntryRepository entries, PeriodClosureRepository closures,
            ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.entries = entries;
        this.closures = closures;
        this.events = events;
        this.clock = clock;
    }

    /** The claimant takes back their own claim while it waits for review. */
    public Entry withdraw(JifenUser user, long entryId) {
        Member self = ledger.reach(user).self().orElseThrow(() -> notFound(entryId));
        // within the tenant: a claim keeps the unit it was made in, and the member may have moved since
        Entry e = entries.findWithin(entryId, "/" + self.getOrganization().tenantId() + "/")
                .filter(x -> x.getMemberId() == self.getId() && x.getRecordedBy().equals(user.username()))
                .orElseThrow(() -> notFound(entryId));
        if (e.getStatus() != EntryStatus.PENDING) {
            throw new UserFacingException("ledger.corrections.notWithdrawable", "ledger.status." + e.getStatus().name());
        }
        e.withdraw(clock.instant());
        return entries.save(e);
    }

    /**
     * Cancels a confirmed entry with a reversal entry (confirmed at once, pointing at it); both stay in the ledger.
     * In a closed period only an admin may do it.
     */
    public Entry reverse(JifenUser user, long entryId, String reason) {
        LedgerReach reach = ledger.reach(user);
        if (reach.managedPath() == null) {
            throw notFound(entryId);
        }
        Entry original = entries.findWithin(entryId, reach.managedPath()).orElseThrow(() -> notFound(entryId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new UserFacingException("ledger.corrections.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new UserFacingException("ledger.corrections.reasonTooLong", MAX_REASON);
        }
        if (original.getStatus() != EntryStatus.CONFIRMED || original.isReversal()
                || entries.findByReverses(original.getId()).isPresent()) {
            throw new UserFacingException("ledger.corrections.notReversible", original.getId());
        }
        if (!user.has(Role.ADMIN) && !closures.covering(original.getOrgPath(), original.getDate()).isEmpty()) {
            throw new UserFacingException("ledger.corrections.closedAdminOnly", original.getDate());
        }
        Instant now = clock.instant();
        Entry reversal = entries.saveAndFlush(Entry.reversalOf(original, why, user.username(), now));
        events.publishEvent(new EntryConfirmed(reversal.getId(), reversal.getMemberId(), reversal.getDate()));
        return reversal;
    }

    private static UserFacingException notFound(long entryId) {
        return new UserFacingException("ledger.corrections.notFound", entryId);
    }
}
