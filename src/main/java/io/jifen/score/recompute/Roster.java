package io.jifen.score.recompute;

import io.jifen.scoring.ScoredMember;
import io.jifen.scoring.model.MemberStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rank units of a subtree and their members, read with plain JDBC: at 100,000 members an entity per member
 * (with its audit columns and lazy associations) would cost more heap than the engine's input itself.
 */
@Component
class Roster {

    private final JdbcClient jdbc;

    Roster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The branches inside the unit's subtree, by id (the order a resumed job continues in); the branch above when
     * the unit is a 党小组. Empty for a missing unit.
     */
    List<RankUnit> units(long unitId) {
        List<String> unit = jdbc.sql("select concat(type, ' ', path) from organization where id = ?").param(unitId)
                .query(String.class).list();
        if (unit.isEmpty()) {
            return List.of();
        }
        String type = unit.getFirst().substring(0, unit.getFirst().indexOf(' '));
        String path = unit.getFirst().substring(type.length() + 1);
        if (type.equals("GROUP")) {
            String parent = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
            return jdbc.sql("select id, path from organization where path = ? and type = 'BRANCH'").param(parent)
                    .query((rs, n) -> new RankUnit(rs.getLong(1), rs.getString(2))).list();
        }
        return jdbc.sql("select id, path from organization where path like ? and type = 'BRANCH' order by id")
                .param(path + "%").query((rs, n) -> new RankUnit(rs.getLong(1), rs.getString(2))).list();
    }

    /** How many members the units hold, to cut batches of about the same size. */
    List<Integer> sizes(List<RankUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        // one pass over the subtree's members, counted by the branch segment of their path
        String root = units.getFirst().path().substring(0, units.getFirst().path().indexOf('/', 1) + 1);
        Map<String, Integer> byPath = new java.util.HashMap<>();
        jdbc.sql("select org_path, count(*) from member where org_path like ? and archived_at is null "
                + "group by org_path").param(root + "%").query((rs, n) -> {
                    String p = rs.getString(1);
                    int count = rs.getInt(2);
                    units.stream().filter(u -> p.startsWith(u.path())).findFirst()
                            .ifPresent(u -> byPath.merge(u.path(), count, Integer::sum));
                    return null;
                }).list();
        return units.stream().map(u -> byPath.getOrDefault(u.path(), 0)).toList();
    }

    /**
     * Each unit's members who belong to the organization for at least a day of [from, to], by id; archived members
     * are off the roster and not scored. One statement for the batch's units (one per unit cost a round trip and a
     * plan each, 500 of them for a tenant).
     */
    Map<RankUnit, List<RosterMember>> members(List<RankUnit> units, LocalDate from, LocalDate to) {
        Map<RankUnit, List<RosterMember>> out = new LinkedHashMap<>();
        units.forEach(u -> out.put(u, new ArrayList<>()));
        if (units.isEmpty()) {
            return out;
        }
        String paths = String.join(" or ", Collections.nCopies(units.size(), "m.org_path like ?"));
        List<Object> params = new ArrayList<>();
        units.forEach(u -> params.add(u.path() + "%"));
        params.add(to);
        params.add(from);
        jdbc.sql("select m.id, m.organization_id, m.org_path, m.status, m.exempt, m.transfer_in_date, "
                + "m.transfer_out_date, c.code from member m join member_class c on c.id = m.member_class_id "
                + "where (" + paths + ") and m.archived_at is null "
                + "and (m.transfer_in_date is null or m.transfer_in_date <= ?) "
                + "and (m.transfer_out_date is null or m.transfer_out_date > ?) "
                + "and (m.transfer_in_date is null or m.transfer_out_date is null "
                + "or m.transfer_out_date > m.transfer_in_date) order by m.id")
                .params(params)
                .query((RowCallbackHandler) rs -> {
                    String path = rs.getString("org_path");
                    for (RankUnit u : units) {
                        if (path.startsWith(u.path())) {
                            out.get(u).add(read(rs, u));
                        }
                    }
                });
        return out;
    }

    /** The engine's member, with the one meaning of membership days ({@code organization/Membership}). */
    private static RosterMember read(ResultSet rs, RankUnit unit) throws SQLException {
        LocalDate in = rs.getObject("transfer_in_date", LocalDate.class); // no java.sql.Date and its calendar
        LocalDate out = rs.getObject("transfer_out_date", LocalDate.class);
        ScoredMember scored = new ScoredMember(String.valueOf(rs.getLong("id")), String.valueOf(unit.id()),
                rs.getString("code"), MemberStatus.valueOf(rs.getString("status")), rs.getBoolean("exempt"),
                in, out == null ? null : out.minusDays(1));
        return new RosterMember(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("org_path"), unit,
                scored);
    }
}
