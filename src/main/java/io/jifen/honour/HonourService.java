package io.jifen.honour;

import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.scheme.SchemesInForce;
import io.jifen.score.UnitScores;
import io.jifen.scoring.model.Period;
import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评星与评优 of a unit: the stars per period and year as stored, the 优秀党员 (eligibility) candidates within the
 * unit's quota with their evidence, the plaque holders, and the quotas an admin sets. Everything for a unit the user
 * manages (admin or secretary); a foreign and an unknown unit get the same refusal.
 */
@Service
@Transactional(readOnly = true)
public class HonourService {

    static final int MAX_QUOTA = 999;

    private final OrgScope scope;
    private final UnitScores scores;
    private final SchemesInForce schemes;
    private final HonourQuotas quotas;
    private final Clock clock;

    HonourService(OrgScope scope, UnitScores scores, SchemesInForce schemes, HonourQuotas quotas, Clock clock) {
        this.scope = scope;
        this.scores = scores;
        this.schemes = schemes;
        this.quotas = quotas;
        this.clock = clock;
    }

    /**
     * Each member's tier per assessed period and for the year, from {@code score_result} (the scores as last
     * stored), for the evaluation year starting in {@code year}.
     *
     * @throws AccessDeniedException when the user does not manage the unit
     */
    public List<StarRow> stars(JifenUser user, long unitId, int year) {
        Organization unit = rankUnit(user, unitId);
        Period y = evaluationYear(unit, year);
        return quotas.stars(unit.getId(), y.start(), y.end());
    }

    /** The year's appraisal; empty when no scheme is in force for the unit that year. */
    public Optional<Appraisal> appraisal(JifenUser user, long unitId, int year, Locale locale) {
        Organization unit = rankUnit(user, unitId);
        Period y = evaluationYear(unit, year);
        return scores.evaluate(unit, y.end()).map(e -> AppraisalBuilder.build(e, y.start().getYear(),
                rule -> quotas.of(e.unit().getId(), y.start().getYear(), rule).orElse(null),
                y.end().isBefore(java.time.LocalDate.now(clock)), locale));
    }

    public Optional<Integer> quota(JifenUser user, long unitId, int year, String ruleId) {
        return quotas.of(rankUnit(user, unitId).getId(), year, ruleId);
    }

    /**
     * Sets the unit's places for an eligibility rule of its scheme in a year (S4: 名额由党委分配). Admins only.
     */
    @Transactional
    public void setQuota(JifenUser user, long unitId, int year, String ruleId, int quota) {
        scope.requireAdmin(user);
        Organization unit = rankUnit(user, unitId);
        if (quota < 0 || quota > MAX_QUOTA) {
            throw new UserFacingException("honour.error.quota", MAX_QUOTA);
        }
        boolean known = schemes.forUnit(unit.getPath(), evaluationYear(unit, year).end())
                .map(f -> f.scheme().eligibilityRules().stream().anyMatch(r -> r.id().equals(ruleId)))
                .orElse(false);
        if (!known) {
            throw new UserFacingException("honour.error.unknownRule", ruleId);
        }
        quotas.set(unit.getId(), year, ruleId, quota, user.username(), clock.instant());
    }

    private Organization rankUnit(JifenUser user, long unitId) {
        return UnitScores.rankUnit(scope.require(user, unitId));
    }

    private Period evaluationYear(Organization unit, int year) {
        return schemes.forUnit(unit.getPath(), java.time.LocalDate.of(year, 12, 31))
                .map(f -> f.scheme().periodRule().evaluationYear(year)).orElse(Period.year(year));
    }
}
