package io.jifen.followup;

import io.jifen.followup.FollowUpTask.State;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code follow_up_task} table. Scope is part of every query (a path prefix the caller took from the acting
 * user); nothing here decides who may see what.
 */
@Component
class FollowUpStore {

    private static final String SELECT = "select t.*, m.name member_name, o.name assignee_name from follow_up_task t "
            + "join member m on m.id = t.member_id join organization o on o.id = t.assignee_org_id ";

    private final JdbcClient jdbc;

    FollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task to create; its unique key is tenant, member, rule and period. */
    record Draft(long tenantId, long memberId, String memberPath, long rankUnitId, String ruleId, String ruleName,
            String level, LocalDate periodStart, LocalDate periodEnd, String action, String performer,
            long assigneeOrgId, String assigneePath, String reasonZh, String reasonEn, LocalDate issuedOn,
            LocalDate dueOn, String createdBy, Instant createdAt) {
    }

    /**
     * Inserts unless the same member, rule and period already has a task; true when a row was added. The unique key
     * settles a race between two generations (the loser's insert fails and counts as "already there").
     */
    boolean insertIfAbsent(Draft d) {
        boolean exists = jdbc.sql("select count(*) from follow_up_task where tenant_id = ? and member_id = ? "
                + "and rule_id = ? and period_start = ? and period_end = ?")
                .params(d.tenantId(), d.memberId(), d.ruleId(), d.periodStart(), d.periodEnd())
                .query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        try {
            return jdbc.sql("insert into follow_up_task (tenant_id, member_id, member_path, rank_unit_id, rule_id, "
                    + "rule_name, level, period_start, period_end, action, performer, assignee_org_id, "
                    + "assignee_path, reason_zh, reason_en, issued_on, due_on, state, created_by, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")
                    .params(d.tenantId(), d.memberId(), d.memberPath(), d.rankUnitId(), d.ruleId(),
                            cut(d.ruleName(), 300), d.level(), d.periodStart(), d.periodEnd(), d.action(),
                            d.performer(), d.assigneeOrgId(), d.assigneePath(), cut(d.reasonZh(), 1000),
                            cut(d.reasonEn(), 1000), d.issuedOn(), d.dueOn(), d.createdBy(),
                            Timestamp.from(d.createdAt()))
                    .update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Tasks about members in the scope or assigned to a unit in it, most urgent first. */
    List<FollowUpTask> page(String scopePath, TaskFilter f, LocalDate today, int offset, int limit) {
        Where w = where(scopePath, f, today);
        return jdbc.sql(SELECT + w.sql
                + " order by t.state = 'DONE', t.due_on is null, t.due_on, t.id limit ? offset ?")
                .params(w.withPage(limit, offset)).query((rs, n) -> read(rs)).list();
    }

    long count(String scopePath, TaskFilter f, LocalDate today) {
        Where w = where(scopePath, f, today);
        return jdbc.sql("select count(*) from follow_up_task t " + w.sql).params(w.params).query(Long.class)
                .single();
    }

    /** Open tasks assigned to a unit in the scope; with {@code overdueOn}, only those due before that day. */
    long assigned(String scopePath, LocalDate overdueOn) {
        return jdbc.sql("select count(*) from follow_up_task where assignee_path like ? and state = 'OPEN'"
                + (overdueOn == null ? "" : " and due_on < ?"))
                .params(overdueOn == null ? List.of(scopePath + "%") : List.of(scopePath + "%", overdueOn))
                .query(Long.class).single();
    }

    /** The task if it is assigned to a unit inside the scope; a foreign and a missing id alike give empty. */
    Optional<FollowUpTask> assignedWithin(long id, String scopePath) {
        return jdbc.sql(SELECT + "where t.id = ? and t.assignee_path like ?").params(id, scopePath + "%")
                .query((rs, n) -> read(rs)).optional();
    }

    /** Completes an open task; false when it was done meanwhile. */
    boolean complete(long id, LocalDate on, String notes, String by, Instant at) {
        return jdbc.sql("update follow_up_task set state = 'DONE', completed_on = ?, completion_notes = ?, "
                + "completed_by = ?, completed_at = ?, version = version + 1 where id = ? and state = 'OPEN'")
                .params(on, notes, by, Timestamp.from(at), id).update() == 1;
    }

    /** Marks open tasks due before {@code today} that are not marked yet; the number marked. */
    int markOverdue(LocalDate today, Instant now) {
        return jdbc.sql("update follow_up_task set overdue_at = ? where state = 'OPEN' and due_on < ? "
                + "and overdue_at is null").params(Timestamp.from(now), today).update();
    }

    /** The action codes present in the scope, for the filter. */
    List<String> actions(String scopePath) {
        return jdbc.sql("select distinct action from follow_up_task where member_path like ? or assignee_path like ? "
                + "order by action").params(scopePath + "%", scopePath + "%").query(String.class).list();
    }

    private record Where(String sql, List<Object> params) {
        Object[] withPage(int limit, int offset) {
            List<Object> all = new ArrayList<>(params);
            all.add(limit);
            all.add(offset);
            return all.toArray();
        }
    }

    private static Where where(String scopePath, TaskFilter f, LocalDate today) {
        StringBuilder sql = new StringBuilder("where (t.member_path like ? or t.assignee_path like ?)");
        List<Object> params = new ArrayList<>(List.of(scopePath + "%", scopePath + "%"));
        switch (f.show()) {
            case OPEN -> sql.append(" and t.state = 'OPEN'");
            case DONE -> sql.append(" and t.state = 'DONE'");
            case OVERDUE -> {
                sql.append(" and t.state = 'OPEN' and t.due_on < ?");
                params.add(today);
            }
            case ALL -> { }
        }
        if (f.action() != null) {
            sql.append(" and t.action = ?");
            params.add(f.action());
        }
        return new Where(sql.toString(), params);
    }

    private static FollowUpTask read(ResultSet rs) throws SQLException {
        Timestamp overdue = rs.getTimestamp("overdue_at");
        java.sql.Date due = rs.getDate("due_on");
        java.sql.Date done = rs.getDate("completed_on");
        return new FollowUpTask(rs.getLong("id"), rs.getLong("member_id"), rs.getString("member_name"),
                rs.getString("rule_id"), rs.getString("rule_name"), rs.getString("level"),
                rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
                rs.getString("action"), rs.getString("performer"), rs.getLong("assignee_org_id"),
                rs.getString("assignee_name"), rs.getString("reason_zh"), rs.getString("reason_en"),
                rs.getDate("issued_on").toLocalDate(), due == null ? null : due.toLocalDate(),
                State.valueOf(rs.getString("state")), overdue == null ? null : overdue.toInstant(),
                done == null ? null : done.toLocalDate(), rs.getString("completion_notes"),
                rs.getString("completed_by"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
