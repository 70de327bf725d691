package io.jifen.ledger;

import io.jifen.organization.Gender;
import io.jifen.organization.Member;
import io.jifen.organization.MemberClass;
import io.jifen.organization.MemberService;
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
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fresh branch of its own for each ledger test (the test database is shared, and the scheme in force is the
 * nearest one up the tree): a 支部 with one 党小组 under a tenant's top unit, a template published at the branch,
 * members in the class codes the scheme names, and the users who act on them. The tenants are the fixture's own,
 * "LQS" and "LHN", standing in for QS and HN: the demo tenants keep exactly the demo data the other tests count.
 */
@Component
public class LedgerFixture {

    public static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private final OrganizationService organizations;
    private final MemberService members;
    private final SchemeService schemes;
    private final OrgScope scope;
    private final JdbcClient jdbc;

    LedgerFixture(OrganizationService organizations, MemberService members, SchemeService schemes, OrgScope scope,
            JdbcClient jdbc) {
        this.organizations = organizations;
        this.members = members;
        this.schemes = schemes;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    /** A branch with its group and its published scheme. */
    public record Branch(Organization branch, Organization group, Scheme scheme, JifenUser admin,
            JifenUser secretary) {
        public String code() {
            return branch.getCode();
        }
    }

    /**
     * @param tenant   "QS" or "HN"
     * @param template a template name, e.g. {@code s08-xujiayan-cun}
     */
    public Branch branch(String tenant, String template) {
        return branch(apart(tenant), template);
    }

    /** A branch in the tenant {@code t}: the demo tenant itself ({@link #demo}) for tests that sign in as demo users. */
    public Branch branch(Tenant t, String template) {
        JifenUser admin = t.admin();
        String tenant = t.code();
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long root = scope.requireCode(admin, tenant).getId();
        Organization branch = organizations.create(admin, root,
                new Organization(tenant + "-L" + tag, "台账测试支部" + tag, OrganizationType.BRANCH));
        Organization group = organizations.create(admin, branch.getId(),
                new Organization(tenant + "-L" + tag + "-1", "台账测试第一党小组" + tag, OrganizationType.GROUP));
        Scheme scheme = schemes.create(admin, branch.getId(), "L" + tag, "台账测试方案" + tag, null,
                SchemeTemplates.json(template));
        long version = schemes.versions(admin, scheme.getId()).getFirst().getId();
        schemes.validate(admin, version);
        schemes.publish(admin, version, FROM);
        JifenUser secretary = TestUsers.user("sec." + tag.toLowerCase(), branch.getCode(), Role.SECRETARY);
        return new Branch(branch, group, scheme, admin, secretary);
    }

    /** A tenant of the fixture's own and its admin. */
    public record Tenant(String code, JifenUser admin) {
    }

    /** A demo tenant ("QS", "HN") and its demo admin, for tests on a database of their own that sign in over HTTP. */
    public static Tenant demo(String code) {
        return new Tenant(code, code.equals("QS") ? TestUsers.QS_ADMIN : TestUsers.HN_ADMIN);
    }

    /**
     * The fixture's tenant standing in for {@code demoTenant} ("QS" → "LQS"), created on first use: a top-level
     * 党委 with nothing else in it, so ledger tests never add units, members or classes to the demo tenants.
     */
    public synchronized Tenant apart(String demoTenant) {
        String code = "L" + demoTenant;
        boolean exists = jdbc.sql("select count(*) from organization where code = ?").param(code).query(Long.class)
                .single() > 0;
        if (!exists) {
            jdbc.sql("insert into organization (code, name, type, parent_id, path, active, sort_order, version, "
                    + "created_by, created_at) values (?, ?, 'PARTY_COMMITTEE', null, '/', true, 99, 0, 'test', "
                    + "now(6))").params(code, "台账测试党委" + code).update();
            jdbc.sql("update organization set path = concat('/', id, '/') where code = ?").param(code).update();
        }
        return new Tenant(code, TestUsers.user(code.toLowerCase() + ".admin", code, Role.ADMIN));
    }

    /** A member of {@code unit} in the tenant's class {@code classCode} (created if the tenant lacks it). */
    public Member member(Branch b, Organization unit, String name, String classCode) {
        Member m = new Member();
        m.setName(name);
        m.setGender(Gender.MALE);
        m.setOrganization(unit);
        m.setMemberClass(memberClass(b, classCode));
        m.setSsoUsername("m" + Long.toString(System.nanoTime(), 36));
        return members.save(b.admin(), m);
    }

    /** The member as a signed-in user (console role MEMBER, linked by login name). */
    public JifenUser userOf(Branch b, Member m) {
        return TestUsers.user(m.getSsoUsername(), b.code(), Role.MEMBER);
    }

    private MemberClass memberClass(Branch b, String code) {
        long tenant = b.branch().tenantId();
        boolean exists = jdbc.sql("select count(*) from member_class where organization_id = ? and code = ?")
                .params(tenant, code).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into member_class (organization_id, code, name, sort_order, version, created_by, "
                    + "created_at) values (?, ?, ?, 99, 0, 'test', now(6))").params(tenant, code, code).update();
        }
        return members.memberClasses(b.admin()).stream().filter(c -> c.getCode().equals(code)).findFirst()
                .orElseThrow();
    }
}
