package io.jifen.scheme.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.organization.OrgScope;
import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.security.JifenUser;
import io.jifen.testsupport.TestUsers;
import java.time.LocalDate;

/** The S9 company scheme and branch extension as the extension tests set them up, in either tenant (QS, HN). */
public final class S9Extensions {

    public static final String COMPANY = SchemeTemplates.json("s09-gongsi-wuxing");
    public static final String BRANCH = SchemeTemplates.json("s09-gongsi-zhibu");
    public static final LocalDate Q1 = LocalDate.of(2026, 1, 1);

    private S9Extensions() {
    }

    /** A suffix that keeps the codes of one test apart from those of every other (the database is shared). */
    public static String tag() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** The unit by code, looked up as the admin of its tenant. */
    public static long unit(OrgScope scope, String code) {
        return scope.requireCode(admin(code), code).getId();
    }

    /** A company scheme (S9) at the tenant's top unit, published from the first quarter of 2026. */
    public static Scheme company(SchemeService service, OrgScope scope, String tenant, String code) {
        JifenUser admin = admin(tenant);
        Scheme scheme = service.create(admin, unit(scope, tenant), code, "公司方案" + code, null, COMPANY);
        publishLatest(service, scheme, Q1);
        return scheme;
    }

    /** Validates and publishes the scheme's latest version as its tenant's admin. */
    public static void publishLatest(SchemeService service, Scheme scheme, LocalDate from) {
        JifenUser admin = admin(scheme.getOrganization().getCode());
        long version = service.versions(admin, scheme.getId()).getFirst().getId();
        assertThat(service.validate(admin, version).publishable()).isTrue();
        service.publish(admin, version, from);
    }

    private static JifenUser admin(String code) {
        return code.startsWith("QS") ? TestUsers.QS_ADMIN : TestUsers.HN_ADMIN;
    }
}
