package io.jifen.bench;

import io.jifen.organization.NameKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Generates the members grid's benchmark tenant: one 党委 "BENCH" with general branches, branches and 党小组
 * ({@code units} member-holding units: every branch holds members, and so does each of its four groups), four
 * member classes and {@code members} people with realistic Chinese names, spread evenly. Written with plain JDBC
 * batches, with the same stored keys ({@link NameKeys}) the application writes on save.
 */
final class MembersGridData {

    static final String TENANT = "BENCH";
    static final String RARE_NAME = "欧阳霏霏";

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
            + "覃武戴莫孔向汤单解仇冼";
    private static final String GIVEN = "建国华文斌春燕秀英丽娟海涛俊杰永生玉梅明亮富贵立新桂兰振华志强小芳慧敏红兵长青"
            + "婷婷雪梅卫东世杰家豪晓红凤英美玲保平伟刚勇军平静敏磊洋艳杰娜涛超霞鹏辉玲桂芳丹萍鑫宇浩然子轩梓涵欣怡思远";

    private final DataSource dataSource;
    private final Random random;

    MembersGridData(DataSource dataSource, long seed) {
        this.dataSource = dataSource;
        this.random = new Random(seed);
    }

    /** Creates the tree, the classes and the members; answers the ids the bench filters by. */
    Tree generate(int members, int units) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Tree shape = tree(c, units);
            Tree tree = new Tree(shape.root(), shape.rootPath(), shape.branches(), shape.memberUnits(),
                    shape.unitPaths(), classes(c, shape.root()));
            people(c, tree, members);
            searchTerms(c);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze table organization, member, member_name_search");
            }
            return tree;
        }
    }

    record Tree(long root, String rootPath, List<Long> branches, List<Long> memberUnits, List<String> unitPaths,
            List<Long> classes) {
    }

    private Tree tree(Connection c, int units) throws SQLException {
        long root = insertUnit(c, TENANT, "基准测试党委", "PARTY_COMMITTEE", null, "");
        String rootPath = "/" + root + "/";
        int branchCount = Math.max(1, units / 5);
        int generalCount = Math.max(1, branchCount / 10);
        List<Long> branches = new ArrayList<>();
        List<Long> memberUnits = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int g = 0; g < generalCount; g++) {
            long general = insertUnit(c, TENANT + "-G" + g, "第" + (g + 1) + "党总支", "GENERAL_BRANCH", root, rootPath);
            String generalPath = rootPath + general + "/";
            for (int b = g; b < branchCount; b += generalCount) {
                long branch = insertUnit(c, TENANT + "-B" + b, "第" + (b + 1) + "党支部", "BRANCH", general, generalPath);
                branches.add(branch);
                memberUnits.add(branch);
                paths.add(generalPath + branch + "/");
                for (int k = 0; k < 4 && memberUnits.size() < units; k++) {
                    long group = insertUnit(c, TENANT + "-B" + b + "-" + k, "第" + (k + 1) + "党小组", "GROUP", branch,
                            generalPath + branch + "/");
                    memberUnits.add(group);
                    paths.add(generalPath + branch + "/" + group + "/");
                }
            }
        }
        return new Tree(root, rootPath, branches, memberUnits, paths, List.of());
    }

    private long insertUnit(Connection c, String code, String name, String type, Long parent, String parentPath)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into organization (code, name, type, parent_id, "
                + "path, active, sort_order, created_by, created_at) "
                + "values (?, ?, ?, ?, '/', true, 0, 'bench', now(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, code);
            insert.setString(2, name);
            insert.setString(3, type);
            insert.setObject(4, parent);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                try (PreparedStatement path = c.prepareStatement("update organization set path = ? where id = ?")) {
                    path.setString(1, (parent == null ? "/" : parentPath) + id + "/");
                    path.setLong(2, id);
                    path.executeUpdate();
                }
                return id;
            }
        }
    }

    private List<Long> classes(Connection c, long root) throws SQLException {
        List<Long> ids = new ArrayList<>();
        String[][] classes = {{"CADRE", "村组干部"}, {"ORDINARY", "普通党员"}, {"MOBILE", "流动党员"}, {"STAFF", "一线员工"}};
        for (int i = 0; i < classes.length; i++) {
            try (PreparedStatement insert = c.prepareStatement("insert into member_class (organization_id, code, name, "
                    + "sort_order, created_by, created_at) values (?, ?, ?, ?, 'bench', now(6))",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, root);
                insert.setString(2, classes[i][0]);
                insert.setString(3, classes[i][1]);
                insert.setInt(4, i + 1);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    private void people(Connection c, Tree tree, int count) throws SQLException {
        List<Long> classes = tree.classes();
        String[] statuses = {"FULL", "FULL", "FULL", "FULL", "FULL", "FULL", "PROBATIONARY", "CANDIDATE", "ACTIVIST"};
        try (PreparedStatement member = c.prepareStatement("insert into member (name, name_key, org_path, gender, "
                + "birth_date, join_date, status, mobile, exempt, member_class_id, organization_id, created_by, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, 'bench', now(6))",
                Statement.NO_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                String name = i == count / 2 ? RARE_NAME : name();
                int unit = i % tree.memberUnits().size();
                LocalDate birth = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                member.setString(1, name);
                member.setString(2, NameKeys.sortKey(name));
                member.setString(3, tree.unitPaths().get(unit));
                member.setString(4, random.nextBoolean() ? "MALE" : "FEMALE");
                member.setObject(5, birth);
                member.setObject(6, birth.plusYears(18 + random.nextInt(20)).plusDays(random.nextInt(365)));
                member.setString(7, statuses[random.nextInt(statuses.length)]);
                member.setBoolean(8, random.nextInt(20) == 0);
                member.setLong(9, classes.get(random.nextInt(classes.size())));
                member.setLong(10, tree.memberUnits().get(unit));
                member.addBatch();
                if (i % 2000 == 1999 || i == count - 1) {
                    member.executeBatch();
                }
            }
        }
    }

    /** The name-search rows of the members just written (those without any yet). */
    private static void searchTerms(Connection c) throws SQLException {
        List<long[]> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); var rows = s.executeQuery("select id, name from member m where not "
                + "exists (select 1 from member_name_search t where t.member_id = m.id)")) {
            while (rows.next()) {
                ids.add(new long[] {rows.getLong(1)});
                names.add(rows.getString(2));
            }
        }
        try (PreparedStatement term = c.prepareStatement(
                "insert into member_name_search (member_id, term) values (?, ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                for (String text : NameKeys.searchTerms(names.get(i))) {
                    term.setLong(1, ids.get(i)[0]);
                    term.setString(2, text);
                    term.addBatch();
                }
                if (i % 2000 == 1999 || i == ids.size() - 1) {
                    term.executeBatch();
                }
            }
        }
    }

    private String name() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
