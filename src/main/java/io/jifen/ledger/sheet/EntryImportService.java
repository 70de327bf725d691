package io.jifen.ledger.sheet;

import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerService;
import io.jifen.ledger.api.DraftPaths;
import io.jifen.ledger.api.MemberNames;
import io.jifen.ledger.sheet.EntryRowParser.Parsed;
import io.jifen.organization.Member;
import io.jifen.organization.MemberLookup;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel import of entries for one unit: rows read, members matched (by id, or by a name unique in the unit), then
 * every draft checked by {@link LedgerService#record} as source {@code IMPORT}. The preview runs the same checks in
 * a transaction that is rolled back; the import is one transaction: one bad row stores none.
 */
@Service
public class EntryImportService {

    public static final int MAX_ROWS = EntrySheetReader.MAX_ROWS;
    public static final int MAX_BYTES = EntrySheetReader.MAX_BYTES;
    private static final Logger LOG = LoggerFactory.getLogger(EntryImportService.class);

    private final LedgerService ledger;
    private final OrgScope scope;
    private final MemberNames names;
    private final MemberLookup members;
    private final Messages messages;
    private final TransactionTemplate tx;

    EntryImportService(LedgerService ledger, OrgScope scope, MemberNames names, MemberLookup members,
            Messages messages, TransactionTemplate tx) {
        this.ledger = ledger;
        this.scope = scope;
        this.names = names;
        this.members = members;
        this.messages = messages;
        this.tx = tx;
    }

    /** Every problem of the file, nothing stored. */
    public EntryImportPreview preview(JifenUser user, long unitId, byte[] content, Locale locale) {
        return run(user, unitId, content, locale, true).preview();
    }

    /**
     * What an import stored: its entries, and how many of them were confirmed at once (the others wait for review).
     * Their scores are updated right away, or by a background job when more were confirmed than are scored at once.
     */
    public record Imported(int stored, int confirmed) {

        public boolean scoredInBackground() {
            return LedgerService.scoredInBackground(confirmed);
        }
    }

    /**
     * Stores every row in one transaction.
     *
     * @throws EntryImportRejectedException with the problems found now; nothing stored
     */
    public Imported commit(JifenUser user, long unitId, byte[] content, Locale locale) {
        long started = System.nanoTime();
        Run run = run(user, unitId, content, locale, false);
        if (!run.preview().importable()) {
            throw new EntryImportRejectedException(run.preview());
        }
        LOG.info("Entry import by {} into unit {}: {} rows stored ({} confirmed) in {} ms", user.username(), unitId,
                run.imported().stored(), run.imported().confirmed(), (System.nanoTime() - started) / 1_000_000);
        return run.imported();
    }

    private record Run(EntryImportPreview preview, Imported imported) {
    }

    private Run run(JifenUser user, long unitId, byte[] content, Locale locale, boolean dryRun) {
        Organization unit = scope.require(user, unitId);
        SheetTitles titles = new SheetTitles(messages, locale);
        List<EntrySheetReader.SheetRow> rows = new EntrySheetReader(titles.byTitle(), titles::shown).read(content);
        List<SheetProblem> problems = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (EntrySheetReader.SheetRow row : rows) {
            Parsed p = EntryRowParser.parse(row, (column, key) -> problems.add(
                    new SheetProblem(row.rowNumber(), titles.shown(column), messages.getTranslation(key, locale))));
            if (p != null) {
                parsed.add(p);
            }
        }
        List<Parsed> ready = new ArrayList<>();
        List<EntryDraft> drafts = new ArrayList<>();
        Map<Integer, Long> ids = memberIds(unit, parsed, titles, locale, problems);
        for (Parsed p : parsed) {
            Long id = ids.get(p.rowNumber());
            if (id != null) {
                ready.add(p);
                drafts.add(new EntryDraft(id, p.itemId(), p.option(), p.value(), p.count(), p.date(), p.basis(),
                        null));
            }
        }
        Imported stored = tx.execute(status -> {
            Imported done = new Imported(0, 0);
            try {
                if (!drafts.isEmpty()) {
                    LedgerService.Recorded r = ledger.record(user, EntrySource.IMPORT, drafts);
                    done = new Imported(r.entries().size(), r.confirmed());
                }
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> problems.add(atRow(error, ready, titles, locale)));
            }
            if (dryRun || !problems.isEmpty()) {
                status.setRollbackOnly(); // all or nothing, and a preview never stores
            }
            return done;
        });
        problems.sort(Comparator.comparingInt(SheetProblem::row));
        return new Run(new EntryImportPreview(rows.size(), problems),
                problems.isEmpty() ? stored : new Imported(0, 0));
    }

    /**
     * Member ids per row number. An id must lie under the chosen unit; a name must be held by exactly one member
     * of the unit's subtree (two 张伟 in one branch are common: the user is asked for the id).
     */
    private Map<Integer, Long> memberIds(Organization unit, List<Parsed> parsed, SheetTitles titles, Locale locale,
            List<SheetProblem> problems) {
        Set<Long> wanted = parsed.stream().map(Parsed::memberId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> inUnit = members.within(wanted, unit.getPath()).stream().map(Member::getId)
                .collect(Collectors.toSet());
        Map<String, List<Long>> byName = names.idsByName(unit.getPath(), parsed.stream().map(Parsed::memberName)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        String column = titles.shown(EntryColumn.MEMBER);
        Map<Integer, Long> out = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.memberId() != null) {
                if (inUnit.contains(p.memberId())) {
                    out.put(p.rowNumber(), p.memberId());
                } else {
                    problems.add(new SheetProblem(p.rowNumber(), column,
                            messages.getTranslation("ledger.error.memberNotFound", locale, p.memberId())));
                }
                continue;
            }
            List<Long> found = byName.getOrDefault(p.memberName(), List.of());
            if (found.size() == 1) {
                out.put(p.rowNumber(), found.getFirst());
            } else {
                problems.add(new SheetProblem(p.rowNumber(), column, messages.getTranslation(found.isEmpty()
                        ? "ledger.api.noSuchName" : "ledger.api.sameName", locale, p.memberName(), unit.getName())));
            }
        }
        return out;
    }

    /** {@code $[i].value} of the drafts → the row of draft i, the value column. */
    private SheetProblem atRow(InvalidInputException.InputError error, List<Parsed> ready, SheetTitles titles,
            Locale locale) {
        String message = messages.getTranslation(error.messageKey(), locale, error.arguments().toArray());
        return DraftPaths.parse(error.path())
                .map(at -> new SheetProblem(ready.get(at.index()).rowNumber(),
                        titles.shown(EntryColumn.ofDraftField(at.field())), message))
                .orElse(new SheetProblem(0, null, message));
    }
}
