package io.jifen.ledger;

import static io.jifen.ledger.LedgerCorrectionsTest.assertRefused;
import static io.jifen.ledger.LedgerCorrectionsTest.contribution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.period.PeriodService;
import io.jifen.ledger.period.PeriodState;
import io.jifen.ledger.query.LedgerFilter;
import io.jifen.ledger.query.LedgerQuery;
import io.jifen.ledger.query.LedgerRow;
import io.jifen.organization.Member;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.security.JifenUser;
import io.jifen.shared.InvalidInputException;
import io.jifen.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Closing and reopening periods (audited, admin-only reopen, closed means closed) and the group leader's reach. */
public class PeriodsAndGroupLeadersTest extends IntegrationTest {

    static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
    static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);

    @Autowired
    LedgerFixture fixture;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerCorrections corrections;
    @Autowired
    PeriodService periods;
    @Autowired
    LedgerQuery query;
    @Autowired
    SchemeService schemes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aClosedQuarterRefusesEntriesAndSecretaryReversalsUntilAnAdminReopensIt() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Member m = fixture.member(b, b.group(), "褚一", "ORDINARY");
        Entry e = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(contribution(m))).entries().getFirst();
        long branch = b.branch().getId();

        assertRefused(() -> periods.close(b.secretary(), branch, Q1, LocalDate.of(2026, 2, 28)),
                "ledger.period.error.notAssessed");
        periods.close(b.secretary(), branch, Q1, Q1_END);
        assertRefused(() -> periods.close(b.secretary(), branch, Q1, Q1_END), "ledger.period.error.alreadyClosed");
        PeriodState q1 = periods.list(b.secretary(), branch).stream().filter(p -> p.start().equals(Q1))
                .findFirst().orElseThrow();
        assertThat(q1.closed()).isTrue();
        assertThat(q1.closedBy()).isEqualTo(b.secretary().username());
        assertThat(periods.list(b.secretary(), b.group().getId()).stream().filter(p -> p.start().equals(Q1))
                .findFirst().orElseThrow().closedAbove()).isTrue();

        assertThatThrownBy(() -> ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(contribution(m))))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().getFirst()
                        .messageKey()).isEqualTo("ledger.error.periodClosed"));
        assertRefused(() -> corrections.reverse(b.secretary(), e.getId(), "记错了"),
                "ledger.corrections.closedAdminOnly");
        assertThat(corrections.reverse(b.admin(), e.getId(), "记错了").getReverses()).isEqualTo(e.getId());

        assertThatThrownBy(() -> periods.reopen(b.secretary(), branch, Q1, "补录"))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> periods.reopen(b.admin(), branch, Q1, " "), "ledger.period.error.reasonRequired");
        periods.reopen(b.admin(), branch, Q1, "补录遗漏的会议");
        assertThat(periods.list(b.admin(), branch).stream().filter(p -> p.start().equals(Q1)).findFirst()
                .orElseThrow().closed()).isFalse();
        assertThat(ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(contribution(m))).entries())
                .hasSize(1);

        List<Map<String, Object>> audit = jdbc.sql("select action, reason, acted_by from ledger_period_audit "
                + "where organization_id = ? order by id").param(branch).query().listOfRows();
        assertThat(audit).extracting(r -> r.get("action") + "/" + r.get("acted_by") + "/" + r.get("reason"))
                .containsExactly("CLOSE/" + b.secretary().username() + "/null",
                        "REOPEN/" + b.admin().username() + "/补录遗漏的会议");
    }

    @Test
    void anotherTenantCannotCloseReopenOrListAUnitAndIsAnsweredAsForAMissingOne() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        Branch other = fixture.branch("HN", "s08-xujiayan-cun");
        long unit = b.branch().getId();
        for (long id : List.of(unit, Long.MAX_VALUE)) {
            assertThatThrownBy(() -> periods.close(other.admin(), id, Q1, Q1_END))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> periods.reopen(other.admin(), id, Q1, "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> periods.list(other.secretary(), id)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.sql("select count(*) from ledger_period_closure where organization_id = ?").param(unit)
                .query(Long.class).single()).isZero();
    }

    /** Makes {@code leader} the 党小组长 of the fixture's group (a roster role). */
    public static void makeGroupLeader(JdbcClient jdbc, Branch b, Member leader) {
        jdbc.sql("insert into unit_role (organization_id, member_id, role, created_by, created_at) "
                + "values (?, ?, 'GROUP_LEADER', 'test', now(6))").params(b.group().getId(), leader.getId()).update();
    }

    @Test
    void aGroupLeaderSupplementsForTheirGroupOnly() {
        Branch b = fixture.branch("QS", "s08-xujiayan-cun");
        publishGroupScheme(schemes, b);
        Member leader = fixture.member(b, b.group(), "卫组长", "ORDINARY");
        Member inGroup = fixture.member(b, b.group(), "蒋二", "ORDINARY");
        Member outside = fixture.member(b, b.branch(), "沈三", "ORDINARY");
        makeGroupLeader(jdbc, b, leader);
        JifenUser lead = fixture.userOf(b, leader);

        Entry e = ledger.record(lead, EntrySource.GROUP_LEADER, List.of(contribution(inGroup))).entries()
                .getFirst();
        assertThat(e.getSource()).isEqualTo(EntrySource.GROUP_LEADER);
        assertThat(e.getStatus()).isEqualTo(EntryStatus.PENDING);
        assertThatThrownBy(() -> ledger.record(lead, EntrySource.GROUP_LEADER, List.of(contribution(outside))))
                .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().getFirst()
                        .messageKey()).isEqualTo("ledger.error.memberNotFound"));
        assertThatThrownBy(() -> ledger.record(lead, EntrySource.SECRETARY, List.of(contribution(inGroup))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(query.members(lead, EntrySource.GROUP_LEADER, null, 0, 50)).extracting(c -> c.name())
                .contains("蒋二", "卫组长").doesNotContain("沈三");
        ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(contribution(outside)));
        assertThat(query.page(lead, LedgerFilter.none(), 0, 50)).extracting(LedgerRow::memberName)
                .containsExactly("蒋二");
        assertThat(query.page(fixture.userOf(b, inGroup), LedgerFilter.none(), 0, 50)).isEmpty();
    }

    /** S8 with its contribution item opened to group leaders, published at the group (the nearest scheme wins). */
    public static void publishGroupScheme(SchemeService schemes, Branch b) {
        String json = SchemeTemplates.json("s08-xujiayan-cun").replaceFirst(
                "(\"id\"\\s*:\\s*\"CONTRIB-DEED\"[\\s\\S]*?\"recordedBy\"\\s*:\\s*\\[)\\s*\"SECRETARY\"",
                "$1 \"SECRETARY\", \"GROUP_LEADER\"");
        assertThat(json).contains("\"GROUP_LEADER\"");
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        Scheme s = schemes.create(b.admin(), b.group().getId(), "G" + tag, "小组方案" + tag, null, json);
        long version = schemes.versions(b.admin(), s.getId()).getFirst().getId();
        schemes.validate(b.admin(), version);
        schemes.publish(b.admin(), version, LedgerFixture.FROM);
    }
}
