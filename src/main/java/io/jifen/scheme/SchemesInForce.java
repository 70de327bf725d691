package io.jifen.scheme;

import io.jifen.scoring.model.SchemeVersion;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheme that scores a unit's members on a day: the nearest scheme at the unit or above it with a version in
 * force that day (a branch's extension before its committee's scheme). When one unit defines several schemes in
 * force, the one whose version took effect last wins, then the later scheme. Callers have checked scope: this is
 * asked for a member or unit already in the user's reach.
 */
@Component
@Transactional(readOnly = true)
public class SchemesInForce {

    private final SchemeRepository schemes;
    private final SchemeVersionRepository versions;
    private final VersionsInForce inForce;

    SchemesInForce(SchemeRepository schemes, SchemeVersionRepository versions) {
        this.schemes = schemes;
        this.versions = versions;
        this.inForce = new VersionsInForce(versions);
    }

    /**
     * @param versionRecordId the stored version (scheme_version.id) entries point at
     * @param scheme          that version as the engine takes it, merged onto its parents in force that day
     */
    public record InForce(long versionRecordId, String schemeName, SchemeVersion scheme) {
    }

    /** @param unitPath the unit's path ("/1/2/5/"); the unit itself and every ancestor are considered */
    public Optional<InForce> forUnit(String unitPath, LocalDate day) {
        List<Long> chain = chain(unitPath);
        return find(chain, schemes.findAtUnits(chain), day);
    }

    /**
     * A memo for many look-ups inside one transaction that changes no scheme (a ledger batch of thousands of drafts
     * over hundreds of units and days). Asking {@link #forUnit} per unit and day reads the schemes and versions and
     * parses a scheme document each time; the memo reads each unit's schemes once and parses each distinct answer
     * once, with the same answers.
     */
    public Memo memo() {
        return new Memo();
    }

    /**
     * The answer for a unit depends only on the schemes defined at it and above it (their units lie on every such
     * unit's path in the same order) and on which versions of them and of their parents are in force, which changes
     * only on a published version's effective date. Units with the same schemes above them share the answer between
     * two such dates.
     */
    public final class Memo {
        private final Map<String, List<Scheme>> above = new HashMap<>();
        private final Map<Long, NavigableSet<LocalDate>> changes = new HashMap<>();
        private final Map<String, Optional<InForce>> answers = new HashMap<>();

        private Memo() {
        }

        /** Reads the schemes above all these units at once (a batch's units), instead of one query per unit. */
        public Memo prefetch(Collection<String> unitPaths) {
            Set<Long> ids = new HashSet<>();
            unitPaths.forEach(p -> ids.addAll(chain(p)));
            List<Scheme> all = ids.isEmpty() ? List.of() : schemes.findAtUnits(ids);
            for (String p : unitPaths) {
                List<Long> chain = chain(p);
                above.put(p, all.stream().filter(s -> chain.contains(s.getOrganization().getId())).toList());
            }
            return this;
        }

        /** As {@link SchemesInForce#forUnit}. */
        public Optional<InForce> forUnit(String unitPath, LocalDate day) {
            List<Scheme> candidates = above.computeIfAbsent(unitPath, p -> schemes.findAtUnits(chain(p)));
            StringBuilder key = new StringBuilder();
            candidates.stream().sorted(Comparator.comparing(Scheme::getId)).forEach(s -> key.append(s.getId())
                    .append('@').append(changes.computeIfAbsent(s.getId(), id -> changeDates(s)).floor(day))
                    .append(';'));
            Optional<InForce> known = answers.get(key.toString());
            if (known == null) {
                known = find(chain(unitPath), candidates, day);
                answers.put(key.toString(), known);
            }
            return known;
        }

        /** The effective dates of the published versions of a scheme and of the schemes it extends. */
        private NavigableSet<LocalDate> changeDates(Scheme scheme) {
            NavigableSet<LocalDate> dates = new TreeSet<>();
            for (Scheme s = scheme; s != null; s = s.getParent()) {
                versions.findBySchemeOrderByNumberDesc(s).stream()
                        .filter(v -> v.getStatus() == SchemeStatus.PUBLISHED)
                        .forEach(v -> dates.add(v.getEffectiveFrom()));
            }
            return dates;
        }
    }

    private Optional<InForce> find(List<Long> chain, List<Scheme> candidates, LocalDate day) {
        for (int depth = chain.size() - 1; depth >= 0; depth--) {
            long unitId = chain.get(depth);
            Optional<SchemeVersionRecord> best = candidates.stream()
                    .filter(s -> s.getOrganization().getId() == unitId)
                    .flatMap(s -> inForce.of(s, day).stream())
                    .max(Comparator.comparing(SchemeVersionRecord::getEffectiveFrom)
                            .thenComparing(v -> v.getScheme().getId()));
            if (best.isPresent()) {
                SchemeVersionRecord v = best.get();
                return Optional.of(new InForce(v.getId(), v.getScheme().getName(),
                        inForce.including(v.getScheme(), day)));
            }
        }
        return Optional.empty();
    }

    private static List<Long> chain(String unitPath) {
        return Arrays.stream(unitPath.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
