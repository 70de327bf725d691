package io.jifen.organization.roster;

import static io.jifen.organization.roster.RosterColumn.NAME;
import static io.jifen.organization.roster.RosterColumn.SSO_USERNAME;

import io.jifen.organization.Member;
import io.jifen.organization.roster.RosterStore.PersonKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that need the whole file or the database: login names unique in the file and unused in the database, and
 * no person twice (in the file, or already on the roster: uploading the same file twice is the classic mistake).
 */
final class RosterChecks {

    private final RosterText text;
    private final RosterStore store;
    private final String tenantPath;

    /** @param tenantPath the importer's tenant ("/11/"): login names are unique inside it */
    RosterChecks(RosterText text, RosterStore store, String tenantPath) {
        this.text = text;
        this.store = store;
        this.tenantPath = tenantPath;
    }

    void apply(List<RosterRow> rows) {
        usernames(rows);
        people(rows);
    }

    private void usernames(List<RosterRow> rows) {
        Map<String, List<RosterRow>> byName = new LinkedHashMap<>();
        for (RosterRow row : rows) {
            String username = row.member().getSsoUsername();
            if (username != null && !row.hasError(SSO_USERNAME)) {
                byName.computeIfAbsent(username.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(row);
            }
        }
        byName.values().stream().filter(same -> same.size() > 1).forEach(same -> same.forEach(row ->
                error(row, SSO_USERNAME, text.msg("roster.error.usernameTwice", row.member().getSsoUsername(),
                        otherRows(same, row)))));
        Set<String> taken = store.takenUsernames(byName.keySet(), tenantPath);
        byName.forEach((name, same) -> {
            if (taken.contains(name)) {
                same.forEach(row -> error(row, SSO_USERNAME,
                        text.msg("member.error.usernameTaken", row.member().getSsoUsername())));
            }
        });
    }

    private void people(List<RosterRow> rows) {
        Map<PersonKey, RosterRow> first = new HashMap<>();
        List<RosterRow> identifiable = rows.stream().filter(RosterChecks::identifiable).toList();
        for (RosterRow row : identifiable) {
            RosterRow earlier = first.putIfAbsent(PersonKey.of(row.member()), row);
            if (earlier != null) {
                error(row, NAME, text.msg("roster.error.duplicateRow", String.valueOf(earlier.rowNumber())));
            }
        }
        Set<Long> units = identifiable.stream().map(r -> r.member().getOrganization().getId())
                .collect(Collectors.toSet());
        Set<String> names = identifiable.stream().map(r -> r.member().getName()).collect(Collectors.toSet());
        Set<PersonKey> existing = store.existing(units, names);
        identifiable.stream().filter(r -> existing.contains(PersonKey.of(r.member())))
                .forEach(row -> error(row, NAME, text.msg("roster.error.alreadyOnRoster")));
    }

    private static boolean identifiable(RosterRow row) {
        Member member = row.member();
        return member.getName() != null && member.getGender() != null && member.getOrganization() != null;
    }

    private static String otherRows(List<RosterRow> same, RosterRow self) {
        return same.stream().filter(r -> r != self).map(r -> String.valueOf(r.rowNumber()))
                .collect(Collectors.joining(", "));
    }

    private void error(RosterRow row, RosterColumn column, String message) {
        row.addError(column, text.title(column), message);
    }
}
