package io.jifen.ledger.review;

import io.jifen.ledger.Entry;
import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.organization.Organization;
import io.jifen.security.JifenUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The S10 claim path for review and evidence tests: 争创佳绩 claimed by a member, signed by a department head. */
@Component
public class ReviewSupport {

    public static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    /** The smallest JPEG header a browser would accept as the start of a photo. */
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    private final LedgerFixture fixture;
    private final LedgerService ledger;
    private final JdbcClient jdbc;

    ReviewSupport(LedgerFixture fixture, LedgerService ledger, JdbcClient jdbc) {
        this.fixture = fixture;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    public Branch s10(String tenant) {
        return fixture.branch(tenant, "s10-guandao-gongsi");
    }

    public Branch s10(LedgerFixture.Tenant tenant) {
        return fixture.branch(tenant, "s10-guandao-gongsi");
    }

    public Member member(Branch b, String name) {
        return fixture.member(b, b.group(), name, "S10-ALL");
    }

    public JifenUser userOf(Branch b, Member m) {
        return fixture.userOf(b, m);
    }

    /** A member holding {@code role} for {@code unit} (a roster role row, as the unit-roles page would store). */
    public JifenUser holding(Branch b, Organization unit, String name, String role) {
        Member m = fixture.member(b, unit, name, "S10-ALL");
        jdbc.sql("insert into unit_role (organization_id, member_id, role, created_by, created_at) "
                + "values (?, ?, ?, 'test', now(6))").params(unit.getId(), m.getId(), role).update();
        return fixture.userOf(b, m);
    }

    /** The branch's secretary as a member of the roster too (linked by login name). */
    public Member secretaryAsMember(Branch b) {
        Member m = member(b, "书记本人");
        jdbc.sql("update member set sso_username = ? where id = ?").params(b.secretary().username(), m.getId())
                .update();
        return m;
    }

    /** The member claims 岗位工作任务完成情况 (ACHIEVE-TASK: evidence required, DEPT-HEAD then COMMITTEE). */
    public Entry claim(JifenUser claimant, Member m) {
        return ledger.record(claimant, EntrySource.SELF_CLAIM, List.of(new EntryDraft(m.getId(), "ACHIEVE-TASK", null,
                new BigDecimal("15"), 1, DAY, "完成年度管线巡检任务", null))).entries().getFirst();
    }

    public long version(long entryId) {
        return jdbc.sql("select version from ledger_entry where id = ?").param(entryId).query(Long.class).single();
    }

    public String status(long entryId) {
        return jdbc.sql("select status from ledger_entry where id = ?").param(entryId).query(String.class).single();
    }

    public long reviewRows(long entryId) {
        return jdbc.sql("select count(*) from ledger_review where entry_id = ?").param(entryId).query(Long.class)
                .single();
    }
}
