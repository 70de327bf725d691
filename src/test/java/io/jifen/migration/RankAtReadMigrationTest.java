package io.jifen.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.score.ScoreStore;
import io.jifen.testsupport.EmbeddedMariaDb;
import java.util.List;
import liquibase.command.CommandScope;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Changelog 2026-12-03 (unit ranks counted when read) on rows stored before it: under the default ranking rule each
 * row gets its raw total as basis and reads the rank it had stored; rows of a scheme ranking by status group are
 * unranked until their next recompute; every fingerprint is cleared so that recompute rewrites the row. The rollback
 * brings the stored columns back.
 */
class RankAtReadMigrationTest {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final String DEFAULT_RULE = "{\"format\": \"jifen-scheme\", \"scheme\": {\"id\": \"A-v1\"}}";
    private static final String GROUPS = "{\"format\": \"jifen-scheme\", \"scheme\": {\"id\": \"B-v1\", \"ranking\": "
            + "{\"statusGroups\": [[\"FULL\", \"PROBATIONARY\"], [\"ACTIVIST\", \"CANDIDATE\"]]}}}";

    @Test
    void storedRanksSurviveUnderTheDefaultRuleAndOtherRulesWaitForARecompute() throws Exception {
        String url = EmbeddedMariaDb.database("jifen_rank_fill");
        liquibase("update", url, null);
        liquibase("rollbackCount", url, 1); // the schema as it was before the changeset
        JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(url, EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD, true));
        db.sql("set foreign_key_checks = 0").update(); // versions without their scheme: only the document matters
        db.sql("insert into scheme_version (id, scheme_id, number, status, document) values "
                + "(71, 1, 1, 'PUBLISHED', ?), (72, 2, 1, 'PUBLISHED', ?)").params(DEFAULT_RULE, GROUPS).update();
        insert(db, 1, 71, "80", 1, 3);
        insert(db, 2, 71, "80", 1, 3);
        insert(db, 3, 71, "70", 3, 3);
        insert(db, 4, 71, "10", null, null); // was not ranked
        insert(db, 5, 72, "90", 1, 1);

        liquibase("update", url, null);

        assertThat(db.sql("select r.member_id, r.rank_group, r.rank_basis, r.figures, " + ScoreStore.RANK_COLUMNS
                        + " from score_result r order by r.member_id")
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getBigDecimal(3) + " "
                        + rs.getObject(4) + " " + rs.getObject(5) + "/" + rs.getObject(6)).list())
                .containsExactly("1  80.00 null 1/3", "2  80.00 null 1/3", "3  70.00 null 3/3",
                        "4 null null null null/null", "5 null null null null/null");
        assertThat(db.sql("select index_name, group_concat(column_name order by seq_in_index) from "
                        + "information_schema.statistics where table_schema = database() and table_name = "
                        + "'score_result' and index_name = 'ix_score_result_unit' group by index_name")
                .query((rs, n) -> rs.getString(2)).single())
                .isEqualTo("rank_unit_id,level,period_start,rank_group,rank_basis");

        liquibase("rollbackCount", url, 1);
        assertThat(db.sql("select column_name from information_schema.columns where table_schema = database() "
                        + "and table_name = 'score_result' and column_name like '%rank%' order by column_name")
                .query(String.class).list()).isEqualTo(List.of("rank_unit_id", "unit_rank"));
        db.sql("drop database jifen_rank_fill").update();
    }

    private static void insert(JdbcClient db, long member, long version, String total, Integer rank, Integer size) {
        db.sql("insert into score_result (member_id, level, period_start, period_end, organization_id, org_path, "
                        + "rank_unit_id, scheme_version_id, total, raw_total, reward, unit_rank, unit_size, veto, "
                        + "computed_at, figures) values (?, 'PERIOD', '2026-01-01', '2026-03-31', 9, '/9/', ?, ?, "
                        + "?, ?, 0, ?, ?, false, now(), 12345)")
                .params(member, version == 71 ? 9 : 10, version, total, total, rank, size).update();
    }

    private static void liquibase(String command, String url, Integer count) throws Exception {
        CommandScope scope = new CommandScope(command).addArgumentValue("url", url)
                .addArgumentValue("username", EmbeddedMariaDb.USER)
                .addArgumentValue("password", EmbeddedMariaDb.PASSWORD)
                .addArgumentValue("changelogFile", CHANGELOG).addArgumentValue("contexts", "prod");
        if (count != null) {
            scope.addArgumentValue("count", count);
        }
        scope.execute();
    }
}
