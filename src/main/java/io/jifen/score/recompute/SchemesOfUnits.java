package io.jifen.score.recompute;

import io.jifen.scheme.SchemesInForce;
import io.jifen.scheme.SchemesInForce.InForce;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scheme in force for many units of one recompute, resolved once per owner: units whose nearest unit owning a
 * scheme is the same get the same answer from {@link SchemesInForce}, so 500 branches under one 党委's scheme cost one
 * lookup (reading and merging a version is the expensive part), not 500. One per recompute, shared by the threads
 * that evaluate its batches: a scheme published meanwhile waits for the next recompute, as it would if it came a
 * moment later.
 */
final class SchemesOfUnits {

    private final SchemesInForce schemes;
    private final Set<Long> owners;
    private final Map<String, Optional<InForce>> memo = new ConcurrentHashMap<>();

    SchemesOfUnits(SchemesInForce schemes, JdbcClient jdbc) {
        this.schemes = schemes;
        this.owners = Set.copyOf(jdbc.sql("select distinct organization_id from scheme").query(Long.class).list());
    }

    /** In force on {@code from}, else on {@code to} (a scheme published inside the range). */
    Optional<InForce> forUnit(String path, LocalDate from, LocalDate to) {
        String key = nearestOwner(path) + "@" + from + ".." + to;
        return memo.computeIfAbsent(key, k -> schemes.forUnit(path, from).or(() -> schemes.forUnit(path, to)));
    }

    private String nearestOwner(String path) {
        List<Long> chain = java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf)
                .collect(Collectors.toList());
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (owners.contains(chain.get(i))) {
                return String.valueOf(chain.get(i));
            }
        }
        return "none";
    }
}
