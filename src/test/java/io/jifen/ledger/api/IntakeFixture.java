package io.jifen.ledger.api;

import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
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
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fresh branch like {@link LedgerFixture#branch}, but its S8 scheme lets every item be recorded by import and by
 * the OA API too (the template allows the secretary only, and the ledger refuses a way in the item does not allow).
 */
public final class IntakeFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OrganizationService organizations;
    private final SchemeService schemes;
    private final OrgScope scope;

    public IntakeFixture(ApplicationContext context) {
        this.organizations = context.getBean(OrganizationService.class);
        this.schemes = context.getBean(SchemeService.class);
        this.scope = context.getBean(OrgScope.class);
    }

    /** A branch in a demo tenant ("QS", "HN"), whose service clients' tokens name it (the API tests). */
    public Branch branch(String tenant) {
        return branch(LedgerFixture.demo(tenant));
    }

    /** A branch in a tenant of the ledger fixture's own (the tests on the shared database). */
    public Branch branch(LedgerFixture.Tenant t) {
        String tenant = t.code();
        JifenUser admin = t.admin();
        String tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        long root = scope.requireCode(admin, tenant).getId();
        Organization branch = organizations.create(admin, root,
                new Organization(tenant + "-I" + tag, "导入测试支部" + tag, OrganizationType.BRANCH));
        Organization group = organizations.create(admin, branch.getId(),
                new Organization(tenant + "-I" + tag + "-1", "导入测试第一党小组" + tag, OrganizationType.GROUP));
        Scheme scheme = schemes.create(admin, branch.getId(), "I" + tag, "导入测试方案" + tag, null, openToIntake());
        long version = schemes.versions(admin, scheme.getId()).getFirst().getId();
        schemes.validate(admin, version);
        schemes.publish(admin, version, LedgerFixture.FROM);
        JifenUser secretary = TestUsers.user("sec." + tag.toLowerCase(), branch.getCode(), Role.SECRETARY);
        return new Branch(branch, group, scheme, admin, secretary);
    }

    /** S8 with recordedBy = SECRETARY, IMPORT, API on every item. */
    private static String openToIntake() {
        ObjectNode doc = (ObjectNode) JSON.readTree(SchemeTemplates.json("s08-xujiayan-cun"));
        for (JsonNode item : doc.path("scheme").path("items")) {
            ArrayNode ways = ((ObjectNode) item).putArray("recordedBy");
            ways.add("SECRETARY").add("IMPORT").add("API");
        }
        return JSON.writeValueAsString(doc);
    }
}
