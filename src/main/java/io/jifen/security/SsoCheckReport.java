package io.jifen.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.Status;

/**
 * What one run of the {@link SsoSelfCheck} found: one {@link Finding} per question asked of Keycloak, plus warnings
 * about the console's own settings.
 */
record SsoCheckReport(Instant checkedAt, String issuer, String clientId, List<Finding> findings,
                      List<String> warnings) {

    /** Keycloak's answer to one question. */
    enum Outcome {
        /** Keycloak accepts the console's setting. */
        ACCEPTED,
        /** Keycloak answered and refuses it: a configuration error for the operator. */
        REFUSED,
        /** Keycloak did not answer (down, not reachable, 5xx): nothing known yet. */
        UNREACHABLE,
        /** Not asked: the console lacks the setting it would ask about. */
        SKIPPED
    }

    /**
     * @param check   what was asked, e.g. {@code redirectUri}
     * @param value   the value asked about, e.g. the redirect URI
     * @param outcome Keycloak's verdict
     * @param problem what is wrong (empty when accepted)
     * @param fix     exactly what to change (empty when accepted)
     */
    record Finding(String check, String value, Outcome outcome, String problem, String fix) {

        static Finding accepted(String check, String value) {
            return new Finding(check, value, Outcome.ACCEPTED, "", "");
        }

        Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("value", value);
            details.put("outcome", outcome.name());
            if (!problem.isEmpty()) {
                details.put("problem", problem);
            }
            if (!fix.isEmpty()) {
                details.put("fix", fix);
            }
            return details;
        }
    }

    SsoCheckReport {
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** DOWN when Keycloak refuses anything; UNKNOWN while it does not answer or a question could not be asked. */
    Status status() {
        if (has(Outcome.REFUSED)) {
            return Status.DOWN;
        }
        return has(Outcome.UNREACHABLE) || has(Outcome.SKIPPED) ? Status.UNKNOWN : Status.UP;
    }

    /** Keycloak answered every question it was asked, so the next check can wait for the regular interval. */
    boolean keycloakAnswered() {
        return !has(Outcome.UNREACHABLE);
    }

    private boolean has(Outcome outcome) {
        return findings.stream().anyMatch(f -> f.outcome() == outcome);
    }

    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("issuer", issuer);
        details.put("clientId", clientId);
        details.put("checkedAt", checkedAt.toString());
        findings.forEach(f -> details.put(f.check(), f.details()));
        if (!warnings.isEmpty()) {
            details.put("warnings", warnings);
        }
        return details;
    }
}
