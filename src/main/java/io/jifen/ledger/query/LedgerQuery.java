package io.jifen.ledger.query;

import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerReach;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.organization.NameKeys;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of the ledger for the grid and for a member's own list. The user's reach is the first condition of every
 * query (a secretary's or admin's subtree, else the groups they lead); the order (date desc, id desc) follows the
 * index {@code ix_ledger_entry_scope (org_path, entry_date, id)}. Pages are fetched without any count: the grid asks
 * for the next page until one comes back short.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQuery {

    /**
     * The grid's select with its joins; public so that the benchmark times exactly this statement. {@code
     * straight_join}: the ledger drives the join, so an index in date order (or a scope or filter one) serves the page
     * and the read stops after it; left to itself MariaDB started from member, read the whole tenant and sorted it.
     */
    public static final String SELECT = select("");

    /**
     * A scope this small (its rows against the rows a date-ordered index reads to find a page in it) is read through
     * a scope index: each row of a date-ordered index costs a clustered-index lookup to check the scope, while the
     * scope index's entries are scanned in order and only matching rows fetched, so the scope wins up to a few times
     * more rows.
     */
    static final double SCOPE_INDEX_FACTOR = 4;
    private static final double OTHER_FILTER_THINNING = 4;

    private final LedgerService ledger;
    private final SchemeNames names;
    private final JdbcClient jdbc;
    private final ScopeSizes sizes;

    LedgerQuery(LedgerService ledger, SchemeNames names, JdbcClient jdbc, ScopeSizes sizes) {
        this.ledger = ledger;
        this.names = names;
        this.jdbc = jdbc;
        this.sizes = sizes;
    }

    private static String select(String indexHint) {
        return """
                select straight_join e.id, e.member_id, m.name member_name, o.name unit_name, e.org_path,
                       e.scheme_version_id, e.item_id, e.option_code, e.value, e.count, e.entry_date, e.basis,
                       e.source, e.status, e.current_step, e.reason, e.recorded_by, e.reverses_id, r.id reversed_by,
                       e.batch_key
                from ledger_entry e%s
                join member m on m.id = e.member_id
                join organization o on o.id = e.organization_id
                left join ledger_entry r on r.reverses_id = e.id
                """.formatted(indexHint);
    }

    /** Entries in the user's reach (managed subtree, else led groups); empty for a plain member. */
    public List<LedgerRow> page(JifenUser user, LedgerFilter filter, int offset, int limit) {
        List<String> paths = ledger.reach(user).readablePaths();
        if (paths.isEmpty()) {
            return List.of();
        }
        Where where = new Where();
        where.anyPrefix(paths);
        // the narrowest scope known: the unit filter, else a single reach (several led groups: left to MariaDB)
        String scope = filter.unitPath() != null ? filter.unitPath() : paths.size() == 1 ? paths.getFirst() : null;
        return run(where, scope, filter, offset, limit);
    }

    /** A member's own entries and claims, with status, step and the reason of a rejection. */
    public List<LedgerRow> myEntries(JifenUser user, LedgerFilter filter, int offset, int limit) {
        Optional<Member> self = ledger.reach(user).self();
        if (self.isEmpty()) {
            return List.of();
        }
        Where where = new Where();
        // the tenant, not the member's unit: entries keep the unit they were recorded in, and members move
        where.anyPrefix(List.of("/" + self.get().getOrganization().tenantId() + "/"));
        where.add("e.member_id = ?", self.get().getId());
        return run(where, null, filter, offset, limit); // one member: MariaDB takes the member index itself
    }

    /** Members the user may record for in the way {@code source}, by name or pinyin, active ones only. */
    public List<MemberChoice> members(JifenUser user, EntrySource source, String text, int offset, int limit) {
        return members(user, source, text, null, offset, limit);
    }

    /** As above, under one unit ({@code underPath}, combined with the reach; null = the whole reach). */
    public List<MemberChoice> members(JifenUser user, EntrySource source, String text, String underPath, int offset,
            int limit) {
        LedgerReach reach = ledger.reach(user);
        List<String> paths = source == EntrySource.GROUP_LEADER ? reach.groupPaths()
                : reach.managedPath() == null ? List.of() : List.of(reach.managedPath());
        if (paths.isEmpty()) {
            return List.of();
        }
        Where where = new Where();
        where.anyPrefix(paths, "m.org_path");
        where.add("m.archived_at is null");
        if (underPath != null) {
            where.add("m.org_path like ?", like(underPath));
        }
        nameLike(where, text);
        where.params.add(limit);
        where.params.add(offset);
        return jdbc.sql("select m.id, m.name, o.name unit_name, m.org_path from member m join organization o on o.id = "
                        + "m.organization_id where " + where.sql() + " order by m.name_key, m.id limit ? offset ?")
                .params(where.params)
                .query((rs, i) -> new MemberChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** @param scope the subtree that bounds the rows, for the choice of index; null = no hint */
    private List<LedgerRow> run(Where where, String scope, LedgerFilter f, int offset, int limit) {
        if (f.unitPath() != null) {
            where.add("e.org_path like ?", like(f.unitPath()));
        }
        where.addIf(f.from() != null, "e.entry_date >= ?", f.from());
        where.addIf(f.to() != null, "e.entry_date <= ?", f.to());
        where.addIf(f.itemId() != null, "e.item_id = ?", f.itemId());
        where.addIf(f.status() != null, "e.status = ?", f.status() == null ? null : f.status().name());
        where.addIf(f.source() != null, "e.source = ?", f.source() == null ? null : f.source().name());
        nameLike(where, f.memberName());
        where.params.add(limit);
        where.params.add(offset);
        return jdbc.sql(select(indexHint(scope, f, offset + limit)) + " where " + where.sql()
                        + " order by e.entry_date desc, e.id desc limit ? offset ?")
                .params(where.params).query(this::row).list();
    }

    /**
     * The index for a page of a scope. A wide scope is read along a date-ordered index backwards and stops after the
     * page (MariaDB's own choice, 1–16 ms at 5 M rows). A narrow one would walk that index through most of the
     * tenant's rows to find its page (311–586 ms for a 党小组 with a status filter), so it is read through the scope
     * index that also holds the filter (12–16 ms): the choice compares the scope's rows with the rows the date index
     * reads to find {@code wanted} of them, from cached member counts (docs/performance.md).
     */
    String indexHint(String scope, LedgerFilter f, int wanted) {
        if (scope == null || scope.length() < 2) {
            return "";
        }
        long inScope = sizes.members(scope);
        long inTenant = sizes.members(scope.substring(0, scope.indexOf('/', 1) + 1));
        if (inScope == 0 || inTenant == 0) {
            return "";
        }
        double scopeRows = inScope * sizes.rowsPerMember();
        double dateRows = (double) wanted * inTenant / inScope;
        if (f.status() != null && f.itemId() != null) {
            // a date-ordered index holds one of the two filters; the other thins its rows further (assumed 1 in 4)
            dateRows *= OTHER_FILTER_THINNING;
        }
        if (scopeRows > SCOPE_INDEX_FACTOR * dateRows) {
            return "";
        }
        String index = f.status() != null ? "ix_ledger_entry_scope_status"
                : f.itemId() != null ? "ix_ledger_entry_scope_item" : "ix_ledger_entry_scope";
        return " force index (" + index + ")";
    }

    private static void nameLike(Where where, String text) {
        if (text != null && !text.isBlank()) {
            where.add("m.id in (select s.member_id from member_name_search s where s.term like ? escape '\\\\')",
                    escape(NameKeys.searchable(text)) + "%");
        }
    }

    private LedgerRow row(ResultSet rs, int i) throws SQLException {
        String itemId = rs.getString("item_id");
        String option = rs.getString("option_code");
        var value = rs.getBigDecimal("value");
        var date = rs.getDate("entry_date").toLocalDate();
        String step = rs.getString("current_step");
        Optional<SchemeVersion> scheme = names.of(rs.getLong("scheme_version_id"), rs.getString("org_path"), date);
        Optional<Item> item = scheme.flatMap(s -> SchemeNames.item(s, itemId));
        return new LedgerRow(rs.getLong("id"), rs.getLong("member_id"), rs.getString("member_name"),
                rs.getString("unit_name"), itemId, item.map(Item::name).orElse(itemId),
                item.map(it -> SchemeNames.optionLabel(it, option)).orElse(option), value, rs.getInt("count"),
                item.map(it -> SchemeNames.points(it, option, value)).orElse(value), date, rs.getString("basis"),
                EntrySource.valueOf(rs.getString("source")), EntryStatus.valueOf(rs.getString("status")), step,
                scheme.map(s -> SchemeNames.stepName(s, step)).orElse(null), rs.getString("reason"),
                rs.getString("recorded_by"), (Long) rs.getObject("reverses_id", Long.class),
                (Long) rs.getObject("reversed_by", Long.class), rs.getString("batch_key"));
    }

    static String like(String pathPrefix) {
        return escape(pathPrefix) + "%";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A where clause built from conditions and their parameters, in order. */
    private static final class Where {
        private final List<String> parts = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            parts.add(condition);
            params.addAll(List.of(values));
        }

        void addIf(boolean when, String condition, Object value) {
            if (when) {
                add(condition, value);
            }
        }

        void anyPrefix(List<String> paths) {
            anyPrefix(paths, "e.org_path");
        }

        void anyPrefix(List<String> paths, String column) {
            parts.add("(" + String.join(" or ", paths.stream().map(p -> column + " like ?").toList()) + ")");
            paths.forEach(p -> params.add(like(p)));
        }

        String sql() {
            return String.join(" and ", parts);
        }
    }
}
