package io.jifen.overview;

import io.jifen.score.ScoreRow;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview's aggregations, done by the database over a subtree given as its path (the caller has scoped it).
 * Paths are ids and slashes only, so {@code like path%} needs no escaping; every filter on a path is served by an
 * index ({@code ix_ledger_entry_scope_status}, {@code ix_score_result_board}, {@code ix_organization_path}).
 */
@Component
class OverviewQueries {

    /** Confirmed entries that still count: neither a reversal nor reversed by a confirmed one. */
    private static final String COUNTING = "e.status = 'CONFIRMED' and e.reverses_id is null and not exists "
            + "(select 1 from ledger_entry r where r.reverses_id = e.id and r.status = 'CONFIRMED')";

    private final JdbcClient jdbc;

    OverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per month from {@code first} to {@code last}, months without entries included. */
    List<MonthParticipation> participation(String path, YearMonth first, YearMonth last) {
        String sql = """
                with recursive months (m) as (
                    select cast(:first as date)
                    union all
                    select m + interval 1 month from months where m < :last)
                select mo.m,
                    (select count(*) from member x where x.org_path like :path
                        and (x.archived_at is null or x.archived_at >= mo.m)
                        and (x.transfer_in_date is null or x.transfer_in_date <= last_day(mo.m))
                        and (x.transfer_out_date is null or x.transfer_out_date >= mo.m)) as members,
                    coalesce(a.active, 0) as active, coalesce(a.entries, 0) as entries
                from months mo
                left join (
                    select e.entry_date - interval (dayofmonth(e.entry_date) - 1) day as m,
                        count(distinct e.member_id) as active, count(*) as entries
                    from ledger_entry e
                    where e.org_path like :path and e.entry_date between :first and :end and %s
                    group by 1) a on a.m = mo.m
                order by mo.m
                """.formatted(COUNTING);
        return jdbc.sql(sql).param("first", Date.valueOf(first.atDay(1))).param("last", Date.valueOf(last.atDay(1)))
                .param("end", Date.valueOf(last.atEndOfMonth())).param("path", path + "%")
                .query((rs, n) -> new MonthParticipation(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getInt(2),
                        rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** Tiers of a period's stored results, best first (by their highest total); results without a tier last. */
    List<TierCount> tiers(String path, OverviewPeriod period) {
        return jdbc.sql("""
                select r.tier_id, max(r.tier_name), count(*) from score_result r
                where r.level = :level and r.period_start = :start and r.org_path like :path
                group by r.tier_id
                order by r.tier_id is null, max(r.total) desc, r.tier_id
                """).param("level", period.level().name()).param("start", Date.valueOf(period.start()))
                .param("path", path + "%")
                .query((rs, n) -> new TierCount(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** Every active child unit of {@code unitId} with the members it has results for and their average total. */
    List<BranchAverage> children(long unitId, OverviewPeriod period) {
        return jdbc.sql("""
                select o.id, o.name, count(r.member_id), avg(r.total) from organization o
                left join score_result r on r.level = :level and r.period_start = :start
                    and r.org_path like concat(o.path, '%')
                where o.parent_id = :unit and o.active
                group by o.id, o.name, o.sort_order
                order by o.sort_order, o.id
                """).param("level", period.level().name()).param("start", Date.valueOf(period.start()))
                .param("unit", unitId)
                .query((rs, n) -> new BranchAverage(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).setScale(2,
                                java.math.RoundingMode.HALF_UP)))
                .list();
    }

    /** The periods and years with stored results in the subtree that start within {@code year}, in time order. */
    List<OverviewPeriod> periods(String path, int year) {
        return jdbc.sql("""
                select distinct r.level, r.period_start, r.period_end from score_result r
                where r.level in ('PERIOD', 'YEAR') and r.period_start between :from and :to
                    and r.org_path like :path
                order by r.period_start, r.period_end, r.level
                """).param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year, 12, 31))).param("path", path + "%")
                .query((rs, n) -> new OverviewPeriod(ScoreRow.Level.valueOf(rs.getString(1)),
                        rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()))
                .list();
    }
}
