package io.jifen.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** Prints MariaDB's plan for the admin-scope page statement of every grid order (shape of Hibernate's SQL). */
final class MembersGridPlans {

    private static final List<String> ORDERS = List.of("m.org_path, m.name_key, m.id",
            "m.name_key, m.id", "m.name_key desc, m.id desc", "m.gender, m.name_key, m.id",
            "m.status, m.name_key, m.id", "m.member_class_id, m.name_key, m.id",
            "m.org_path desc, m.name_key desc, m.id desc", "m.join_date, m.name_key, m.id");

    private MembersGridPlans() {
    }

    static void print(DataSource dataSource, MembersGridData.Tree tree) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String order : ORDERS) {
                explain(s, "select m.id, o.name, mc.name from member m left join organization o on o.id = "
                        + "m.organization_id left join member_class mc on mc.id = m.member_class_id where m.org_path "
                        + "like '" + tree.rootPath() + "%' escape '!' order by " + order + " limit 100, 51");
            }
            explain(s, "select count(m.id) from member m where m.org_path like '" + tree.rootPath() + "%' escape '!'");
            explain(s, "select m.id from member m where m.org_path like '" + tree.rootPath() + "%' escape '!' and "
                    + "m.id in (select m2.id from member m2 join member_name_search t on m2.id = t.member_id where "
                    + "t.term like '文%' escape '\\\\') order by m.name_key, m.id limit 0, 51");
        }
    }

    /** The alternative to the pinyin key: MariaDB's gbk_chinese_ci, on the demo names plus a few rarer ones. */
    static void compareGbk(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String names = "(select name, name_key from member where org_path like '/1/%' union all select '冼星海', "
                    + "'xian3 xing1 hai3' union all select '单田芳', 'shan4 tian2 fang1' union all select '谢晋', "
                    + "'xie4 jin4') n";
            for (String order : List.of("convert(name using gbk) collate gbk_chinese_ci", "name_key")) {
                StringBuilder line = new StringBuilder("order by " + order + ":");
                try (ResultSet rows = s.executeQuery("select name from " + names + " order by " + order)) {
                    while (rows.next()) {
                        line.append(' ').append(rows.getString(1));
                    }
                }
                System.out.println(line);
            }
        }
    }

    private static void explain(Statement s, String sql) throws SQLException {
        System.out.println("plan of: " + sql);
        try (ResultSet plan = s.executeQuery("explain " + sql)) {
            while (plan.next()) {
                System.out.printf("    table=%s type=%s key=%s rows=%s extra=%s%n", plan.getString("table"),
                        plan.getString("type"), plan.getString("key"), plan.getString("rows"),
                        plan.getString("Extra"));
            }
        }
    }
}
