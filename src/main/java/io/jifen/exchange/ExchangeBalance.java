package io.jifen.exchange;

import io.jifen.organization.Member;
import io.jifen.organization.MemberLookup;
import io.jifen.score.UnitEvaluation;
import io.jifen.score.UnitScores;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.result.CategoryResult;
import io.jifen.scoring.result.MemberResult;
import io.jifen.scoring.result.PeriodResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned exchange points come from the engine, never from a second sum over the ledger: the member's unit is
 * evaluated for the year (as the statement does) and the capped subtotals of the exchangeable top-level categories
 * are added over the year's assessed periods, so caps, weights and reversals count exactly as in the score. Spent
 * points are the member's account row for the year. Points do not carry into the next evaluation year.
 */
@Component
class ExchangeBalance {

    private final UnitScores scores;
    private final ExchangeCategories categories;
    private final JdbcClient jdbc;
    private final MemberLookup lookup;

    ExchangeBalance(UnitScores scores, ExchangeCategories categories, JdbcClient jdbc, MemberLookup lookup) {
        this.lookup = lookup;
        this.scores = scores;
        this.categories = categories;
        this.jdbc = jdbc;
    }

    /**
     * Empty when no scheme is in force for the member's unit on {@code day}. The member (in the caller's reach) is
     * read again in this transaction, so that the evaluation can walk up from their unit.
     */
    @Transactional(readOnly = true)
    public Optional<Balance> of(Member member, LocalDate day) {
        Member m = lookup.within(member.getId(), "/").orElseThrow();
        return scores.evaluate(m.getOrganization(), day).map(e -> balance(m, e, day));
    }

    private Balance balance(Member m, UnitEvaluation e, LocalDate day) {
        Set<String> chosen = categories.exchangeable(e.inForce());
        Optional<MemberResult> r = e.results().members().stream()
                .filter(x -> x.memberId().equals(Long.toString(m.getId()))).findFirst();
        BigDecimal earned = r.map(mr -> mr.periods().stream().flatMap(p -> p.categories().stream())
                .filter(c -> c.parentId() == null && chosen.contains(c.categoryId()))
                .map(CategoryResult::capped).map(x -> x.value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .orElse(BigDecimal.ZERO);
        Period period = r.flatMap(mr -> mr.periods().stream().map(PeriodResult::period).filter(p -> p.contains(day))
                .findFirst()).orElse(e.year());
        return new Balance(m.getId(), e.year(), period, earned, spent(m.getId(), e.year().start(), false));
    }

    /** The year's spent points; {@code lock} reads the account row for update (the caller holds a transaction). */
    BigDecimal spent(long memberId, LocalDate yearStart, boolean lock) {
        return jdbc.sql("select spent from exchange_account where member_id = ? and year_start = ?"
                        + (lock ? " for update" : "")).params(memberId, yearStart).query(BigDecimal.class).optional()
                .orElse(BigDecimal.ZERO);
    }
}
