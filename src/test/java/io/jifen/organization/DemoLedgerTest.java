package io.jifen.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.DevConsole;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.EntryStatus;
import io.jifen.ledger.LedgerService;
import io.jifen.scheme.SchemesInForce;
import io.jifen.scoring.model.Recorder;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo ledger of README command 1: the dev launcher's contexts on a database of its own, loaded by Liquibase as
 * the launcher loads it, then used through the real services.
 */
@SpringBootTest
@ActiveProfiles("dev")
class DemoLedgerTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedMariaDb.devProperties(registry, "jifen_demo_ledger");
        registry.add("spring.liquibase.contexts", () -> DevConsole.DEMO_CONTEXTS);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchemesInForce schemes;
    @Autowired
    UnitRoleService roles;
    @Autowired
    LedgerService ledger;

    @Test
    void theDemoHasAFewHundredEntriesInMixedStatesOverTheFirstThreeQuarters() {
        assertThat(count("status = 'CONFIRMED' and reverses_id is null")).isBetween(200L, 600L);
        assertThat(count("status = 'PENDING' and source = 'SELF_CLAIM' and recorded_by = 'qs.member'")).isEqualTo(3);
        assertThat(count("status = 'PENDING' and current_step = 'DEPT-HEAD' and recorded_by = 'hn.member'"))
                .isEqualTo(2);
        assertThat(count("status = 'REJECTED' and reason is not null")).isEqualTo(1);
        assertThat(count("reverses_id is not null and status = 'CONFIRMED'")).isEqualTo(1);
        assertThat(count("entry_date < '2026-01-01' or entry_date > '2026-09-30'")).isZero();
        assertThat(jdbc.sql("select count(*) from ledger_review where decision = 'REJECTED'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ledger_evidence e join ledger_evidence_content c "
                + "on c.storage_key = e.storage_key").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void bothSchemesAreInForceAndTheRolesAreHeld() {
        var qs = schemes.forUnit("/1/2/5/", LocalDate.of(2026, 3, 1)).orElseThrow();
        assertThat(qs.scheme().id()).isEqualTo("QS-S8-v1");
        assertThat(qs.scheme().items()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo("CONTRIB-DEED");
            assertThat(i.recordedBy()).contains(Recorder.SELF_CLAIM);
        });
        var hn = schemes.forUnit("/11/12/", LocalDate.of(2026, 3, 1)).orElseThrow();
        assertThat(hn.scheme().id()).isEqualTo("HN-S10-v1");
        assertThat(hn.scheme().memberClasses()).extracting(c -> c.id()).containsExactly("MANAGER", "FRONTLINE");
        assertThat(schemes.forUnit("/1/2/5/", LocalDate.of(2025, 12, 31))).isEmpty();

        assertThat(roles.list(TestUsers.QS01_SECRETARY, 5)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(UnitRole.Kind.GROUP_LEADER);
            assertThat(h.memberName()).isEqualTo("林明亮");
        });
        assertThat(roles.list(TestUsers.HN_ADMIN, 12)).extracting(UnitRoleService.Holder::kind)
                .containsExactlyInAnyOrder(UnitRole.Kind.DEPARTMENT_HEAD, UnitRole.Kind.BRANCH_COMMITTEE);
    }

    @Test
    void qsMemberClaimsOnTopOfTheDemoWithAFreshSequenceId() {
        long self = jdbc.sql("select id from member where sso_username = 'qs.member'").query(Long.class).single();
        long highest = jdbc.sql("select max(id) from ledger_entry").query(Long.class).single();

        var recorded = ledger.record(TestUsers.QS_MEMBER, EntrySource.SELF_CLAIM, List.of(new EntryDraft(self,
                "CONTRIB-DEED", null, new BigDecimal("12"), 1, LocalDate.of(2026, 10, 5), "帮助邻居抢收玉米", null)));

        var entry = recorded.entries().getFirst();
        assertThat(entry.getId()).isGreaterThan(highest);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.PENDING);
        assertThat(jdbc.sql("select current_step from ledger_entry where id = ?").param(entry.getId())
                .query(String.class).single()).isEqualTo("BRANCH-REVIEW");
    }

    private long count(String where) {
        // the demo's own entries: another test of this class may have recorded more
        return jdbc.sql("select count(*) from ledger_entry where idempotency_key like 'demo-%' and (" + where + ")")
                .query(Long.class).single();
    }
}
