package io.jifen.publication;

import io.jifen.ledger.evidence.EvidenceService;
import io.jifen.ledger.evidence.EvidenceStore;
import io.jifen.ledger.evidence.EvidenceTypes;
import io.jifen.organization.Member;
import io.jifen.publication.Objection.State;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 异议: a member of the unit objects to one of their entries or to their result while the window is open, with a
 * reason and evidence files (the ledger's limits and types); the branch answers by the due day the scheme sets —
 * upheld (the ledger period opens for the correction, then the secretary republishes) or dismissed with a reason.
 * Late answers are still taken; until then the objection counts as overdue.
 */
@Service
@Transactional
public class ObjectionService {

    static final int MAX_TEXT = 1000;

    /** An evidence file as uploaded. */
    public record Upload(String fileName, byte[] content) {
    }

    /** One of the member's own entries of the period, to object to. */
    public record EntryChoice(long id, LocalDate date, String itemName, BigDecimal value) {
    }

    private final SnapshotAccess access;
    private final SnapshotStore snapshots;
    private final ObjectionStore store;
    private final PublicationService publications;
    private final EvidenceStore evidence;
    private final JdbcClient jdbc;
    private final Clock clock;

    ObjectionService(SnapshotAccess access, SnapshotStore snapshots, ObjectionStore store,
            PublicationService publications, EvidenceStore evidence, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.snapshots = snapshots;
        this.store = store;
        this.publications = publications;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param entryId one of the member's entries of the period, or null to object to the result as a whole
     */
    public Objection raise(JifenUser user, long snapshotId, Long entryId, String reason, List<Upload> files) {
        Member self = access.reach(user).self().orElseThrow(() -> SnapshotAccess.notFound(snapshotId));
        Snapshot s = snapshots.visibleTo(snapshotId, self.getOrganization().getPath())
                .orElseThrow(() -> SnapshotAccess.notFound(snapshotId));
        LocalDate today = LocalDate.now(clock);
        if (!s.windowOpenOn(today)) {
            throw new UserFacingException("publication.objection.error.windowClosed");
        }
        String why = text(reason, "publication.objection.error.reasonRequired");
        if (snapshots.rows(s.id()).stream().noneMatch(r -> r.memberId() == self.getId())) {
            throw SnapshotAccess.notFound(snapshotId);
        }
        if (entryId != null && !ownEntryOfPeriod(entryId, self.getId(), s)) {
            throw new UserFacingException("publication.objection.error.entryNotFound", entryId);
        }
        checkFiles(files);
        int days = Math.max(1, publications.workflowOf(s).objectionAnswerDays());
        Instant now = clock.instant();
        long id = store.insert(new Objection(0, s.tenantId(), s.id(), s.orgPath(), self.getId(), entryId, why,
                State.OPEN, user.username(), now, today.plusDays(days), null, null, null));
        for (Upload f : files == null ? List.<Upload>of() : files) {
            String key = "objection/" + UUID.randomUUID();
            evidence.put(key, f.content());
            store.insertFile(id, EvidenceService.cleanName(f.fileName()),
                    EvidenceTypes.detect(f.content()).orElseThrow(), f.content().length, key);
        }
        snapshots.audit(s, id, "OBJECT", entryId == null ? null : "entry " + entryId, user.username(), now);
        return store.own(id, self.getId()).orElseThrow();
    }

    /** Upholds: the ledger period opens for the correction (reversal or new entry, reviewed as usual). */
    public Objection uphold(JifenUser user, long objectionId, String answer) {
        Objection o = answer(user, objectionId, State.UPHELD, answer);
        Snapshot s = access.requireManaged(user, o.snapshotId());
        publications.liftForCorrection(user, s, o.answer());
        return o;
    }

    public Objection dismiss(JifenUser user, long objectionId, String answer) {
        return answer(user, objectionId, State.DISMISSED, answer);
    }

    /** The objections of the snapshot's period (every revision): all for officers, their own for a member. */
    @Transactional(readOnly = true)
    public List<Objection> ofSnapshot(JifenUser user, long snapshotId) {
        Snapshot s = access.requireReadable(user, snapshotId);
        var reach = access.reach(user);
        List<Objection> all = store.ofPeriod(s.organizationId(), s.periodStart());
        if (reach.manages(s.orgPath())) {
            return all;
        }
        return all.stream().filter(o -> reach.isSelf(o.memberId())).toList();
    }

    /** The member's own confirmed entries of the snapshot's period, newest first. */
    @Transactional(readOnly = true)
    public List<EntryChoice> entries(JifenUser user, long snapshotId) {
        Member self = access.reach(user).self().orElseThrow(() -> SnapshotAccess.notFound(snapshotId));
        Snapshot s = snapshots.visibleTo(snapshotId, self.getOrganization().getPath())
                .orElseThrow(() -> SnapshotAccess.notFound(snapshotId));
        Map<String, String> names = publications.itemNames(s);
        return jdbc.sql("select id, entry_date, item_id, value from ledger_entry where member_id = ? and status = "
                        + "'CONFIRMED' and reverses_id is null and entry_date between ? and ? order by entry_date desc")
                .params(self.getId(), s.periodStart(), s.periodEnd())
                .query((rs, i) -> new EntryChoice(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        names.getOrDefault(rs.getString(3), rs.getString(3)), rs.getBigDecimal(4)))
                .list();
    }

    /** The member's own objections with their answers, newest first. */
    @Transactional(readOnly = true)
    public List<Objection> mine(JifenUser user) {
        return access.reach(user).self().map(m -> store.ofMember(m.getId())).orElse(List.of());
    }

    /** The evidence files' names of an objection the user may see. */
    @Transactional(readOnly = true)
    public List<String> fileNames(JifenUser user, long objectionId) {
        var reach = access.reach(user);
        boolean visible = (reach.managedPath() != null && store.managed(objectionId, reach.managedPath()).isPresent())
                || reach.self().flatMap(m -> store.own(objectionId, m.getId())).isPresent();
        return visible ? store.files(objectionId).stream().map(ObjectionStore.File::fileName).toList() : List.of();
    }

    private Objection answer(JifenUser user, long objectionId, State state, String answer) {
        String path = access.reach(user).managedPath();
        Objection o = (path == null ? Optional.<Objection>empty() : store.managed(objectionId, path))
                .orElseThrow(() -> new UserFacingException("publication.objection.error.notFound", objectionId));
        String text = text(answer, "publication.objection.error.answerRequired");
        Instant now = clock.instant();
        if (!store.answer(o.id(), state, text, user.username(), now)) {
            throw new UserFacingException("publication.objection.error.answered", objectionId);
        }
        Snapshot s = access.requireManaged(user, o.snapshotId());
        snapshots.audit(s, o.id(), state.name(), text, user.username(), now);
        return store.managed(o.id(), path).orElseThrow();
    }

    private boolean ownEntryOfPeriod(long entryId, long memberId, Snapshot s) {
        return jdbc.sql("select count(*) from ledger_entry where id = ? and member_id = ? and org_path like "
                        + "concat(?, '%') and entry_date between ? and ?")
                .params(entryId, memberId, s.orgPath(), s.periodStart(), s.periodEnd()).query(Long.class)
                .single() > 0;
    }

    private static void checkFiles(List<Upload> files) {
        if (files == null) {
            return;
        }
        if (files.size() > EvidenceService.MAX_FILES) {
            throw new UserFacingException("evidence.error.tooMany", EvidenceService.MAX_FILES);
        }
        for (Upload f : files) {
            if (f.content() == null || f.content().length > EvidenceService.MAX_BYTES) {
                throw new UserFacingException("evidence.error.tooLarge", EvidenceService.MAX_BYTES / (1024 * 1024));
            }
            if (EvidenceTypes.detect(f.content()).isEmpty()) {
                throw new UserFacingException("evidence.error.type");
            }
        }
    }

    private static String text(String value, String requiredKey) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            throw new UserFacingException(requiredKey);
        }
        if (t.length() > MAX_TEXT) {
            throw new UserFacingException("publication.objection.error.tooLong", MAX_TEXT);
        }
        return t;
    }
}
