package io.jifen.testsupport;

import io.jifen.scheme.SchemeService;
import io.jifen.scheme.document.SchemeTemplates;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * S8 published at QS from 2026-01-01 with 贡献加分 open to members' own claims, as the demo ledger's QS-S8 has it:
 * for browser tests, whose databases have the demo organizations and users but not the demo ledger.
 */
public final class SelfClaimS8 {

    private SelfClaimS8() {
    }

    public static void publish(SchemeService schemes, JdbcClient jdbc, String code, String name) {
        String json = SchemeTemplates.json("s08-xujiayan-cun");
        int item = json.indexOf("\"CONTRIB-DEED\"");
        int list = json.indexOf('[', json.indexOf("\"recordedBy\"", item));
        json = json.substring(0, list + 1) + "\"SELF_CLAIM\", " + json.substring(list + 1);
        var admin = TestUsers.QS_ADMIN;
        long qs = jdbc.sql("select id from organization where code = 'QS'").query(Long.class).single();
        var scheme = schemes.create(admin, qs, code, name, null, json);
        long version = schemes.versions(admin, scheme.getId()).getFirst().getId();
        schemes.validate(admin, version);
        schemes.publish(admin, version, LocalDate.of(2026, 1, 1));
    }
}
