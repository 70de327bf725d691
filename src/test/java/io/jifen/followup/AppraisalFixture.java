package io.jifen.followup;

import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.organization.OrgScope;
import io.jifen.organization.Organization;
import io.jifen.organization.OrganizationService;
import io.jifen.organization.OrganizationType;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.security.JifenUser;
import io.jifen.security.Role;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Branches for the follow-up and honour tests in the ledger fixture's tenants: S8 published from an earlier year (its
 * escalation counts years), and S9 as a company scheme with the branch's extension (the extension's 个性积分 items
 * are what lets a member reach 五星). Facts go in through {@link LedgerService#record} as the secretary records them.
 */
@Component
public class AppraisalFixture {

    private final LedgerFixture ledgerFixture;
    private final OrganizationService organizations;
    private final SchemeService schemes;
    private final OrgScope scope;
    private final LedgerService ledger;
    private final JdbcClient jdbc;

    AppraisalFixture(LedgerFixture ledgerFixture, OrganizationService organizations, SchemeService schemes,
            OrgScope scope, LedgerService ledger, JdbcClient jdbc) {
        this.ledgerFixture = ledgerFixture;
        this.organizations = organizations;
        this.schemes = schemes;
        this.scope = scope;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /** A branch directly under the tenant's 党委 with S8 in force from 1 January of {@code fromYear}. */
    public Branch s8(String tenant, int fromYear) {
        var t = ledgerFixture.apart(tenant);
        String tag = tag();
        Organization root = scope.requireCode(t.admin(), t.code());
        Organization branch = organizations.create(t.admin(), root.getId(),
                new Organization(t.code() + "-F" + tag, "后续任务测试支部" + tag, OrganizationType.BRANCH));
        Scheme scheme = publish(t.admin(), branch, "F" + tag, "后续任务测试方案" + tag, null, "s08-xujiayan-cun",
                LocalDate.of(fromYear, 1, 1));
        return new Branch(branch, branch, scheme, t.admin(), secretary(tag, branch));
    }

    /** A company 党委 with S9 (五星) and a branch under it with the branch extension, both from 2026. */
    public Branch s9(String tenant) {
        var t = ledgerFixture.apart(tenant);
        String tag = tag();
        Organization root = scope.requireCode(t.admin(), t.code());
        Organization company = organizations.create(t.admin(), root.getId(),
                new Organization(t.code() + "-W" + tag, "五星测试公司党委" + tag, OrganizationType.PARTY_COMMITTEE));
        Organization branch = organizations.create(t.admin(), company.getId(),
                new Organization(t.code() + "-W" + tag + "-1", "五星测试第一支部" + tag, OrganizationType.BRANCH));
        Scheme parent = publish(t.admin(), company, "W" + tag, "五星测试方案" + tag, null, "s09-gongsi-wuxing",
                LedgerFixture.FROM);
        Scheme own = publish(t.admin(), branch, "WB" + tag, "五星测试支部个性积分" + tag, parent.getId(),
                "s09-gongsi-zhibu", LedgerFixture.FROM);
        return new Branch(branch, branch, own, t.admin(), secretary(tag, branch));
    }

    public Member member(Branch b, String name, String classCode) {
        return ledgerFixture.member(b, b.branch(), name, classCode);
    }

    public void probationary(Member m) {
        jdbc.sql("update member set status = 'PROBATIONARY' where id = ?").param(m.getId()).update();
    }

    /** Records as the branch secretary; the items of both seeds need no further review. */
    public void record(Branch b, List<EntryDraft> drafts) {
        ledger.record(b.secretary(), EntrySource.SECRETARY, drafts);
    }

    public static EntryDraft times(Member m, String item, int count, LocalDate day) {
        return new EntryDraft(m.getId(), item, null, null, count, day, "测试依据", null);
    }

    public static EntryDraft points(Member m, String item, int points, LocalDate day) {
        return new EntryDraft(m.getId(), item, null, BigDecimal.valueOf(points), 1, day, "测试依据", null);
    }

    private Scheme publish(JifenUser admin, Organization unit, String code, String name, Long parent,
            String template, LocalDate from) {
        Scheme scheme = schemes.create(admin, unit.getId(), code, name, parent, SchemeTemplates.json(template));
        long version = schemes.versions(admin, scheme.getId()).getFirst().getId();
        schemes.validate(admin, version);
        schemes.publish(admin, version, from);
        return scheme;
    }

    private static JifenUser secretary(String tag, Organization branch) {
        return TestUsers.user("fsec." + tag.toLowerCase(), branch.getCode(), Role.SECRETARY);
    }

    private static String tag() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
