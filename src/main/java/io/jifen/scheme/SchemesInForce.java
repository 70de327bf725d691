package io.jifen.scheme;

import io.jifen.scoring.model.SchemeVersion;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    private final VersionsInForce inForce;

    SchemesInForce(SchemeRepository schemes, SchemeVersionRepository versions) {
        this.schemes = schemes;
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
        List<Long> chain = Arrays.stream(unitPath.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        List<Scheme> candidates = schemes.findAtUnits(chain);
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
}
