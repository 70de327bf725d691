package io.jifen.ledger.api;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerService;
import io.jifen.ledger.api.EntriesRequest.Incoming;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records an OA batch through {@link LedgerService#record} as source {@code API}: members named by unit and name are
 * resolved inside the client's reach first, then the ledger checks every draft. One bad entry stores none, and the
 * answer lists every error at its path in the request body ({@code $.entries[3].value}).
 */
@Service
class EntryIntake {

    private static final Pattern ENTRY = Pattern.compile("^\\$\\.entries\\[(\\d+)\\]");

    private final LedgerService ledger;
    private final OrgScope scope;
    private final MemberNames names;
    private final EntryLookup lookup;
    private final TransactionTemplate tx;

    EntryIntake(LedgerService ledger, OrgScope scope, MemberNames names, EntryLookup lookup, TransactionTemplate tx) {
        this.ledger = ledger;
        this.scope = scope;
        this.names = names;
        this.lookup = lookup;
        this.tx = tx;
    }

    /** What the batch did: entries stored now, and keys the tenant already had (a batch sent again). */
    /**
     * @param scoresInBackground more entries were confirmed than are scored at once: a background job updates their
     *     scores after the answer
     */
    record Outcome(List<EntryLookup.Found> stored, List<EntryLookup.Found> alreadyStored,
            boolean scoresInBackground) {
    }

    Outcome submit(JifenUser user, EntriesRequest request) {
        if (!user.has(Role.ADMIN) && !user.has(Role.SECRETARY)) {
            throw new AccessDeniedException("the OA event API records as a secretary or admin");
        }
        List<InputError> errors = new ArrayList<>(request.errors);
        Map<Integer, Long> members = resolve(user, request.entries, errors);
        List<Incoming> ready = request.entries.stream().filter(e -> members.containsKey(e.index())).toList();
        List<EntryDraft> drafts = ready.stream().map(e -> new EntryDraft(members.get(e.index()), e.item(),
                e.option(), e.value(), e.count(), e.date(), e.basis(), e.key())).toList();
        LedgerService.Recorded recorded = tx.execute(status -> {
            LedgerService.Recorded r = null;
            try {
                r = drafts.isEmpty() ? null : ledger.record(user, EntrySource.API, drafts);
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> errors.add(inRequest(error, ready)));
            }
            // a shape error elsewhere in the batch undoes what the ledger accepted: all or nothing
            if (!errors.isEmpty()) {
                throw failure(errors);
            }
            return r;
        });
        List<String> storedKeys = recorded.entries().stream().map(Entry::getIdempotencyKey).toList();
        List<String> again = request.entries.stream().map(Incoming::key).filter(k -> !storedKeys.contains(k))
                .distinct().toList();
        String path = scope.root(user).getPath();
        return new Outcome(lookup.byKeys(path, storedKeys), lookup.byKeys(path, again),
                LedgerService.scoredInBackground(recorded.confirmed()));
    }

    /** Member ids per request index; a unit or name that cannot be matched is an error at the entry's member. */
    private Map<Integer, Long> resolve(JifenUser user, List<Incoming> entries, List<InputError> errors) {
        Map<Integer, Long> out = new HashMap<>();
        Map<String, List<Incoming>> byUnit = new HashMap<>();
        for (Incoming e : entries) {
            if (e.member().id() != null) {
                out.put(e.index(), e.member().id());
            } else {
                byUnit.computeIfAbsent(e.member().unitCode(), k -> new ArrayList<>()).add(e);
            }
        }
        byUnit.forEach((code, named) -> {
            Optional<Organization> unit = unit(user, code);
            if (unit.isEmpty()) {
                named.forEach(e -> errors.add(InputError.of(EntriesRequest.at(e.index()) + ".member.unitCode",
                        "ledger.api.unknownUnit", code)));
                return;
            }
            Map<String, List<Long>> ids = names.idsByName(unit.get().getPath(),
                    named.stream().map(e -> e.member().name()).collect(Collectors.toSet()));
            for (Incoming e : named) {
                List<Long> found = ids.getOrDefault(e.member().name(), List.of());
                String at = EntriesRequest.at(e.index()) + ".member.name";
                if (found.size() == 1) {
                    out.put(e.index(), found.getFirst());
                } else {
                    errors.add(InputError.of(at, found.isEmpty() ? "ledger.api.noSuchName" : "ledger.api.sameName",
                            e.member().name(), code));
                }
            }
        });
        return out;
    }

    /** Unknown and foreign unit codes look alike. */
    private Optional<Organization> unit(JifenUser user, String code) {
        try {
            return Optional.of(scope.requireCode(user, code));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    /** {@code $[2].itemId} of the drafts → {@code $.entries[5].item} of the body. */
    private static InputError inRequest(InputError error, List<Incoming> ready) {
        return DraftPaths.parse(error.path()).map(at -> {
            String field = switch (at.field()) {
                case "memberId" -> ".member";
                case "itemId" -> ".item";
                case "" -> "";
                default -> "." + at.field();
            };
            String path = EntriesRequest.at(ready.get(at.index()).index()) + field;
            return new InputError(path, error.messageKey(), error.arguments());
        }).orElse(error);
    }

    private static InvalidInputException failure(List<InputError> errors) {
        List<InputError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(EntryIntake::position));
        return new InvalidInputException(sorted);
    }

    private static int position(InputError error) {
        Matcher m = ENTRY.matcher(error.path());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
