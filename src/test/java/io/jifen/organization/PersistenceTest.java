package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The schema comes from Liquibase alone, and concurrent edits are caught by the version column. */
class PersistenceTest extends IntegrationTest {

    @Autowired
    MemberService members;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrganizationRepository organizationRepository;
    @Autowired
    MemberRepository memberRepository;

    @Test
    void liquibaseBuildsTheSchemaFromAnEmptyDatabase() throws Exception {
        String url = EmbeddedMariaDb.database("jifen_empty_" + System.nanoTime());
        migrate(url, "production");
        assertThat(tables(url)).contains("organization", "member", "member_class", "DATABASECHANGELOG");
        assertThat(count(url, "select count(*) from organization")).isZero();

        migrate(url, "demo");
        assertThat(count(url, "select count(*) from organization")).isEqualTo(13);
        assertThat(count(url, "select count(*) from member")).isEqualTo(75);
        assertThat(count(url, "select count(distinct member_class_id) from member m join organization o "
                + "on o.id = m.organization_id where o.path like '/1/%'")).isEqualTo(4);

        migrate(url, "demo");
        assertThat(count(url, "select count(*) from member")).as("demo data is loaded once").isEqualTo(75);
    }

    @Test
    void aStaleMemberEditIsRefusedAndTheFirstEditSurvives() {
        long id = anyMemberOf("QS-01-2");
        Member first = members.get(TestUsers.QS01_SECRETARY, id);
        Member second = members.get(TestUsers.QS01_SECRETARY, id);

        first.setPhone("13911112222");
        members.save(TestUsers.QS01_SECRETARY, first);
        second.setPhone("13733334444");
        assertThatThrownBy(() -> members.save(TestUsers.QS01_SECRETARY, second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Member stored = memberRepository.findById(id).orElseThrow();
        assertThat(stored.getPhone()).isEqualTo("13911112222");
        assertThat(stored.getVersion()).isEqualTo(first.getVersion() + 1);
        // no user is signed in on this thread: the audit names the acting user the service received (issue 6)
        assertThat(stored.getModifiedBy()).isEqualTo("qs01.secretary");
    }

    @Test
    void aStaleOrganizationEditIsRefused() {
        long id = organizationRepository.findByCode("QS-03-1").orElseThrow().getId();
        Organization first = organizations.get(TestUsers.QS_ADMIN, id);
        Organization second = organizations.get(TestUsers.QS_ADMIN, id);
        first.setName("石桥村一组");
        organizations.update(TestUsers.QS_ADMIN, first);
        second.setName("石桥村甲组");
        assertThatThrownBy(() -> organizations.update(TestUsers.QS_ADMIN, second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(organizationRepository.findById(id).orElseThrow().getName()).isEqualTo("石桥村一组");
        Organization restore = organizations.get(TestUsers.QS_ADMIN, id);
        restore.setName("石桥村第一党小组");
        organizations.update(TestUsers.QS_ADMIN, restore);
    }

    @Test
    void editsRecordWhoAndWhen() {
        TestUsers.signIn(TestUsers.QS01_SECRETARY);
        try {
            Member member = members.get(TestUsers.QS01_SECRETARY, anyMemberOf("QS-01-1"));
            member.setPhone("13800001234");
            Member saved = members.save(TestUsers.QS01_SECRETARY, member);
            assertThat(saved.getModifiedBy()).isEqualTo("qs01.secretary");
            assertThat(saved.getModifiedAt()).isNotNull();
            assertThat(saved.getCreatedBy()).isEqualTo("system");
        } finally {
            TestUsers.signOut();
        }
    }

    private long anyMemberOf(String code) {
        Organization unit = organizationRepository.findByCode(code).orElseThrow();
        return memberRepository.findAll((root, q, cb) -> cb.equal(root.get("organization"), unit)).getFirst().getId();
    }

    private static void migrate(String url, String contexts) throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(new DriverManagerDataSource(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD));
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setContexts(contexts);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }

    private static List<String> tables(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            return names;
        }
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
