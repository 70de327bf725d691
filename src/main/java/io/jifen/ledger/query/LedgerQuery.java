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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of the ledger for the grid and for a member's own list. The user's reach is the first condition of every
 * query (a secretary's or admin's subtree, else the groups they lead); the order is date desc, id desc, and which
 * index serves it depends on the scope's size ({@link PageReads}). Pages are fetched without any count: the grid asks
 * for the next page until one comes back short.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQuery {

    private static final String COLUMNS = """
            select straight_join e.id, e.member_id, m.name member_name, o.name unit_name, e.org_path,
                   e.scheme_version_id, e.item_id, e.option_code, e.value, e.count, e.entry_date, e.basis,
                   e.source, e.status, e.current_step, e.reason, e.recorded_by, e.reverses_id, r.id reversed_by,
                   e.batch_key
            """;
    /**
     * {@code straight_join}: the ledger (or the merged ranges) drives the join, so the chosen index serves the page and
     * the read stops after it; left to itself MariaDB started from member, read the whole tenant and sorted it.
     */
    private static final String JOINS = """
            join member m on m.id = e.member_id
            join organization o on o.id = e.organization_id
            left join ledger_entry r on r.reverses_id = e.id
            """;
    private static final String ORDER = " order by e.entry_date desc, e.id desc limit ?";

    private final LedgerService ledger;
    private final SchemeNames names;
    private final JdbcClient jdbc;
    private final PageReads reads;

    LedgerQuery(LedgerService ledger, SchemeNames names, JdbcClient jdbc, PageReads reads) {
        this.ledger = ledger;
        this.names = names;
        this.jdbc = jdbc;
        this.reads = reads;
    }

    /** Entries in the user's reach (managed subtree, else led groups); empty for a plain member. */
    public List<LedgerRow> page(JifenUser user, LedgerFilter filter, int offset, int limit) {
        List<String> paths = ledger.reach(user).readablePaths();
        if (paths.isEmpty()) {
            return List.of();
        }
        List<String> scopes = within(paths, filter.unitPath());
        if (scopes.isEmpty()) {
            return List.of(); // a unit outside the reach: nothing is read for it
        }
        Where where = new Where();
        where.anyPrefix(paths);
        return run(where, scopes, filter, offset, limit);
    }

    /** The subtrees both in the reach and under the unit filter (null = the whole reach). */
    static List<String> within(List<String> reach, String unitPath) {
        if (unitPath == null) {
            return reach;
        }
        List<String> out = new ArrayList<>();
        for (String p : reach) {
            if (unitPath.startsWith(p)) {
                return List.of(unitPath);
            }
            if (p.startsWith(unitPath)) {
                out.add(p);
            }
        }
        return out;
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
        return run(where, List.of(), filter, offset, limit); // one member: MariaDB takes the member index itself
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

    /** @param scopes the subtrees that bound the rows, for the way the page is read; empty = MariaDB's choice */
    private List<LedgerRow> run(Where where, List<String> scopes, LedgerFilter f, int offset, int limit) {
        if (f.unitPath() != null) {
            where.add("e.org_path like ?", like(f.unitPath()));
        }
        where.addIf(f.from() != null, "e.entry_date >= ?", f.from());
        where.addIf(f.to() != null, "e.entry_date <= ?", f.to());
        where.addIf(f.itemId() != null, "e.item_id = ?", f.itemId());
        where.addIf(f.status() != null, "e.status = ?", f.status() == null ? null : f.status().name());
        where.addIf(f.source() != null, "e.source = ?", f.source() == null ? null : f.source().name());
        nameLike(where, f.memberName());
        PageReads.PageRead read = reads.choose(scopes, f, offset + limit);
        List<Object> params = new ArrayList<>();
        if (!read.merged()) {
            params.addAll(where.params);
            params.add(limit);
            params.add(offset);
            return jdbc.sql(COLUMNS + "from ledger_entry e" + read.hint() + "\n" + JOINS + "where " + where.sql()
                    + ORDER + " offset ?").params(params).query(this::row).list();
        }
        // each unit's range in date order, cut after offset + limit rows, as ids only (no row is fetched from the
        // table to check or sort); the page is the top of their union, and only its rows are then read whole
        String range = "(select e.id, e.entry_date from ledger_entry e" + read.hint() + " where e.org_path = ? and "
                + where.sql() + ORDER + ")";
        for (String path : read.unitPaths()) {
            params.add(path);
            params.addAll(where.params);
            params.add(offset + limit);
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql(COLUMNS + "from (select u.id from (" + String.join(" union all ", Collections.nCopies(
                        read.unitPaths().size(), range)) + ") u order by u.entry_date desc, u.id desc limit ? offset ?) p\n"
                        + "join ledger_entry e on e.id = p.id\n" + JOINS + "order by e.entry_date desc, e.id desc")
                .params(params).query(this::row).list();
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
