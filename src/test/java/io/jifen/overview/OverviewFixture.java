package io.jifen.overview;

import io.jifen.ledger.EntryDraft;
import io.jifen.ledger.EntrySource;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerFixture.Tenant;
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
import org.springframework.stereotype.Component;

/**
 * A 总支 of its own with two 支部 under it and S8 published at the 总支 (so both branches score under it), for the
 * overview tests: the 总支's children are exactly these two, whatever else the shared test database holds.
 */
@Component
public class OverviewFixture {

    private final OrganizationService organizations;
    private final SchemeService schemes;
    private final OrgScope scope;
    private final LedgerFixture ledgerFixture;
    private final LedgerService ledger;

    OverviewFixture(OrganizationService organizations, SchemeService schemes, OrgScope scope,
            LedgerFixture ledgerFixture, LedgerService ledger) {
        this.organizations = organizations;
        this.schemes = schemes;
        this.scope = scope;
        this.ledgerFixture = ledgerFixture;
        this.ledger = ledger;
    }

    /** The 总支, its two branches (each as a ledger-fixture branch with its own secretary) and the tenant's admin. */
    public record Tree(Organization general, Branch a, Branch b, JifenUser admin) {
    }

    public Tree tree(Tenant t) {
        JifenUser admin = t.admin();
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long root = scope.requireCode(admin, t.code()).getId();
        Organization general = organizations.create(admin, root,
                new Organization(t.code() + "-O" + tag, "概览测试总支" + tag, OrganizationType.GENERAL_BRANCH));
        Scheme scheme = schemes.create(admin, general.getId(), "O" + tag, "概览测试方案" + tag, null,
                SchemeTemplates.json("s08-xujiayan-cun"));
        long version = schemes.versions(admin, scheme.getId()).getFirst().getId();
        schemes.validate(admin, version);
        schemes.publish(admin, version, LedgerFixture.FROM);
        return new Tree(general, branch(general, scheme, admin, tag, "A", "甲"), branch(general, scheme, admin, tag,
                "B", "乙"), admin);
    }

    private Branch branch(Organization general, Scheme scheme, JifenUser admin, String tag, String suffix,
            String word) {
        Organization unit = organizations.create(admin, general.getId(), new Organization(
                general.getCode() + suffix, "概览测试" + word + "支部" + tag, OrganizationType.BRANCH));
        JifenUser secretary = TestUsers.user("osec." + suffix.toLowerCase() + tag.toLowerCase(), unit.getCode(),
                Role.SECRETARY);
        return new Branch(unit, unit, scheme, admin, secretary);
    }

    public Member member(Branch b, String name) {
        return ledgerFixture.member(b, b.branch(), name, "ORDINARY");
    }

    /** S8 contribution points (加分) recorded and confirmed by the branch's secretary. */
    public long contribution(Branch b, Member m, int points, LocalDate day) {
        return record(b, m, "CONTRIB-DEED", points, day);
    }

    /** S8 deduction points (扣分) recorded and confirmed by the branch's secretary. */
    public long deduction(Branch b, Member m, int points, LocalDate day) {
        return record(b, m, "VIOLATION-DEED", points, day);
    }

    private long record(Branch b, Member m, String item, int points, LocalDate day) {
        List<io.jifen.ledger.Entry> stored = ledger.record(b.secretary(), EntrySource.SECRETARY, List.of(
                new EntryDraft(m.getId(), item, null, BigDecimal.valueOf(points), 1, day, "概览测试", null)))
                .entries();
        return stored.getFirst().getId();
    }
}
