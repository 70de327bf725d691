package io.jifen.ledger.api;

import io.jifen.organization.OrgScope;
import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.StrictJson;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The OA event API: an OA system (a Keycloak service client with an {@code org_code} and the secretary role) pushes
 * point events into the ledger as source {@code API}. Each entry carries the OA system's idempotency key: a batch sent
 * twice stores each entry once, and the second answer lists them under {@code alreadyStored}.
 */
@RestController
@RequestMapping("/api/v1/entries")
class EntriesController {

    private final EntryIntake intake;
    private final EntryLookup lookup;
    private final OrgScope scope;

    EntriesController(EntryIntake intake, EntryLookup lookup, OrgScope scope) {
        this.intake = intake;
        this.lookup = lookup;
        this.scope = scope;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> record(@RequestBody byte[] body, Principal principal) {
        EntryIntake.Outcome outcome = intake.submit(CurrentUser.of(principal), EntriesRequest.read(StrictJson.read(body)));
        HttpStatus status = outcome.stored().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(Map.of("stored", outcome.stored(),
                "alreadyStored", outcome.alreadyStored(), "scoresInBackground", outcome.scoresInBackground()));
    }

    /** One entry by its key, in the caller's subtree only: a foreign key and a missing one both answer 404. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    EntryLookup.Found byKey(@RequestParam("key") String key, Principal principal) {
        JifenUser user = CurrentUser.of(principal);
        if (!user.has(Role.ADMIN) && !user.has(Role.SECRETARY)) {
            throw new AccessDeniedException("entries by key are for the OA client, admins and secretaries");
        }
        if (key.isBlank() || key.length() > EntriesRequest.MAX_KEY) {
            throw new InvalidInputException(List.of(InputError.of("key", "api.import.tooLong",
                    EntriesRequest.MAX_KEY, key.length())));
        }
        List<EntryLookup.Found> found = lookup.byKeys(scope.root(user).getPath(), List.of(key));
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return found.getFirst();
    }
}
