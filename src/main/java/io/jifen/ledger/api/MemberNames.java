package io.jifen.ledger.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members named by name within a unit (an OA system or a sheet rarely knows our ids). The unit's subtree is part of
 * the query, so a name outside it is simply not found; archived members are not candidates. A name held by two
 * members of the subtree is ambiguous and the caller asks for the id instead.
 */
@Component
@Transactional(readOnly = true)
public class MemberNames {

    private final JdbcClient jdbc;

    MemberNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of every member called each name under {@code unitPath}; a name with none is absent. */
    public Map<String, List<Long>> idsByName(String unitPath, Collection<String> names) {
        Map<String, List<Long>> out = new HashMap<>();
        Set<String> distinct = Set.copyOf(names);
        if (distinct.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, name from member where org_path like :path and name in (:names) and archived_at is null")
                .param("path", unitPath + "%").param("names", distinct)
                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getLong("id"))).list()
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return out;
    }
}
