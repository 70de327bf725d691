package io.jifen.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.JifenApplication;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.LedgerService;
import io.jifen.organization.Member;
import io.jifen.testsupport.EmbeddedMariaDb;
import io.jifen.testsupport.KeycloakServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OA event API end to end: the realm of {@code config/keycloak} as shipped in a real Keycloak, the console with
 * the production profile, and tokens of the demo service clients {@code oa-events} (QS) and {@code oa-events-hn}
 * (HN) fetched with client credentials.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OaEventApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static KeycloakServer keycloak;
    private static ConfigurableApplicationContext console;
    private static String consoleUrl;
    private static String qsToken;
    private static String hnToken;

    @BeforeAll
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    static void start() throws Exception {
        int port = KeycloakServer.freePort();
        consoleUrl = "http://127.0.0.1:" + port;
        String database = EmbeddedMariaDb.database("jifen_oa_events");
        keycloak = KeycloakServer.launch(Files.readString(Path.of("config", "keycloak", "jifen-realm.json"),
                StandardCharsets.UTF_8), KeycloakServer.freePort(), Map.of("JIFEN_PUBLIC_URL", consoleUrl), null);
        console = new SpringApplicationBuilder(JifenApplication.class).profiles("prod").run(
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--SPRING_DATASOURCE_URL=" + database,
                "--SPRING_DATASOURCE_USERNAME=" + EmbeddedMariaDb.USER,
                "--SPRING_DATASOURCE_PASSWORD=" + EmbeddedMariaDb.PASSWORD,
                "--JIFEN_OIDC_ISSUER_URI=" + keycloak.issuer("jifen"),
                "--JIFEN_OIDC_CLIENT_ID=jifen-console",
                "--JIFEN_OIDC_CLIENT_SECRET=demo-only-jifen-console-secret",
                "--JIFEN_PUBLIC_URL=" + consoleUrl,
                "--jifen.sso-check.first-retry=500ms", "--jifen.sso-check.max-retry=2s",
                "--spring.liquibase.contexts=demo");
        keycloak.awaitReady("jifen", Duration.ofSeconds(540));
        qsToken = clientToken("oa-events", "demo-only-oa-events-secret");
        hnToken = clientToken("oa-events-hn", "demo-only-oa-events-hn-secret");
    }

    @AfterAll
    static void stop() {
        try {
            if (console != null) {
                console.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @Test
    void theServiceClientTokenCarriesItsTenantAndRole() throws Exception {
        JsonNode claims = JSON.readTree(java.util.Base64.getUrlDecoder().decode(qsToken.split("\\.")[1]));
        assertThat(claims.path("azp").asString()).isEqualTo("oa-events");
        assertThat(claims.path("aud").toString()).contains("jifen-console");
        assertThat(claims.path("org_code").asString()).isEqualTo("QS");
        assertThat(claims.path("roles").toString()).contains("jifen-secretary");
    }

    @Test
    void theSameBatchSentTwiceStoresEachEntryOnce() throws Exception {
        Branch b = new IntakeFixture(console).branch("QS");
        Member a = fixture().member(b, b.group(), "张卫国", "ORDINARY");
        Member c = fixture().member(b, b.group(), "李秀兰", "CADRE");
        String tag = b.code();
        String body = batch(entry(tag + "-1", "{\"id\":" + a.getId() + "}", "5", "1"),
                entry(tag + "-2", "{\"unitCode\":\"" + b.code() + "\",\"name\":\"李秀兰\"}", "12.5", "2"),
                entry(tag + "-3", "{\"id\":" + c.getId() + "}", "3", "1"));

        HttpResponse<String> first = post(qsToken, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode firstAnswer = JSON.readTree(first.body());
        assertThat(firstAnswer.path("stored").size()).isEqualTo(3);
        assertThat(firstAnswer.path("alreadyStored").size()).isZero();
        assertThat(firstAnswer.path("scoresInBackground").asBoolean(true)).isFalse(); // scored before the answer
        assertThat(firstAnswer.path("stored").get(1).path("memberId").asLong()).isEqualTo(c.getId());

        HttpResponse<String> second = post(qsToken, body);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode secondAnswer = JSON.readTree(second.body());
        assertThat(secondAnswer.path("stored").size()).isZero();
        List<String> again = new ArrayList<>();
        secondAnswer.path("alreadyStored").forEach(e -> again.add(e.path("key").asString()));
        assertThat(again)
                .containsExactlyInAnyOrder(tag + "-1", tag + "-2", tag + "-3");
        assertThat(storedWithKeys(tag)).isEqualTo(3);
        assertThat(jdbc().sql("select count(*) from ledger_entry where idempotency_key like ? and source = 'API'")
                .param(tag + "-%").query(Long.class).single()).isEqualTo(3);

        HttpResponse<String> found = get(qsToken, tag + "-2");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(found.body()).path("count").asInt()).isEqualTo(2);
    }

    @Test
    void aBatchOfMoreConfirmationsThanAreScoredAtOnceSaysItsScoresFollowInTheBackground() throws Exception {
        Branch b = new IntakeFixture(console).branch("QS");
        Member a = fixture().member(b, b.group(), "孙志强", "ORDINARY");
        String tag = b.code() + "-many";
        List<String> entries = new ArrayList<>();
        for (int i = 0; i <= LedgerService.SCORED_AT_ONCE_UP_TO; i++) {
            entries.add(entry(tag + "-" + i, "{\"id\":" + a.getId() + "}", "1", "1"));
        }

        HttpResponse<String> answer = post(qsToken, batch(entries.toArray(String[]::new)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("stored").size()).isEqualTo(LedgerService.SCORED_AT_ONCE_UP_TO + 1);
        body.path("stored").forEach(e -> assertThat(e.path("status").asString()).isEqualTo("CONFIRMED"));
        assertThat(body.path("scoresInBackground").asBoolean(false)).isTrue();
    }

    @Test
    void anotherTenantsClientCannotTouchThisTenantsMembers() throws Exception {
        Branch b = new IntakeFixture(console).branch("QS");
        Member a = fixture().member(b, b.group(), "王建华", "ORDINARY");
        String tag = b.code();
        HttpResponse<String> foreign = post(hnToken, batch(entry(tag + "-x", "{\"id\":" + a.getId() + "}", "5", "1")));
        HttpResponse<String> missing = post(hnToken, batch(entry(tag + "-y", "{\"id\":999999999}", "5", "1")));
        assertThat(foreign.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(400);
        assertThat(errors(foreign)).containsOnlyKeys("$.entries[0].member");
        // the same words, only the id differs (MessageFormat may group its digits)
        assertThat(errors(foreign).get("$.entries[0].member").replaceAll("[\\d,]+", "#"))
                .isEqualTo(errors(missing).get("$.entries[0].member").replaceAll("[\\d,]+", "#"));

        HttpResponse<String> byName = post(hnToken, batch(entry(tag + "-z",
                "{\"unitCode\":\"" + b.code() + "\",\"name\":\"王建华\"}", "5", "1")));
        HttpResponse<String> noUnit = post(hnToken, batch(entry(tag + "-w",
                "{\"unitCode\":\"NO-SUCH-UNIT\",\"name\":\"王建华\"}", "5", "1")));
        assertThat(errors(byName).get("$.entries[0].member.unitCode").replace(b.code(), "#"))
                .isEqualTo(errors(noUnit).get("$.entries[0].member.unitCode").replace("NO-SUCH-UNIT", "#"));
        assertThat(storedWithKeys(tag)).isZero();

        assertThat(post(qsToken, batch(entry(tag + "-q", "{\"id\":" + a.getId() + "}", "5", "1"))).statusCode())
                .isEqualTo(201);
        assertThat(get(hnToken, tag + "-q").statusCode()).isEqualTo(get(hnToken, tag + "-none").statusCode())
                .isEqualTo(404);
    }

    @Test
    void badEntriesAreAllReportedWithTheirPathsAndNothingIsStored() throws Exception {
        Branch b = new IntakeFixture(console).branch("QS");
        Member a = fixture().member(b, b.group(), "赵立新", "ORDINARY");
        fixture().member(b, b.group(), "孙丽", "ORDINARY");
        fixture().member(b, b.group(), "孙丽", "CADRE");
        String tag = b.code();
        String id = "{\"id\":" + a.getId() + "}";
        String body = batch(entry(tag + "-0", id, "5", "1"),
                entry(tag + "-1", id, "99", "1"),
                entry(tag + "-2", "{\"unitCode\":\"" + b.code() + "\",\"name\":\"孙丽\"}", "5", "1"),
                entry(tag + "-3", id, "5", "2.5"),
                entry(tag + "-4", id, "5", "1").replace("CONTRIB-DEED", "NO-SUCH-ITEM"),
                entry(tag + "-5", id, "5", "1").replace("2026-03-02", "2027-01-01"));
        HttpResponse<String> answer = post(qsToken, body);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        Map<String, String> errors = errors(answer);
        assertThat(errors).containsOnlyKeys("$.entries[1].value", "$.entries[2].member.name", "$.entries[3].count",
                "$.entries[4].item", "$.entries[5].date");
        assertThat(errors.get("$.entries[1].value")).contains("1").contains("50");
        assertThat(errors.get("$.entries[2].member.name")).contains("孙丽");
        assertThat(storedWithKeys(tag)).isZero();
    }

    @Test
    void anUnknownFieldIsRefusedWithItsPath() throws Exception {
        Branch b = new IntakeFixture(console).branch("QS");
        Member a = fixture().member(b, b.group(), "钱进", "ORDINARY");
        String body = batch(entry(b.code() + "-0", "{\"id\":" + a.getId() + "}", "5", "1")
                .replace("\"basis\"", "\"colour\":\"red\",\"basis\""));
        HttpResponse<String> answer = post(qsToken, body);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(errors(answer)).containsOnlyKeys("$.entries[0].colour");
        assertThat(storedWithKeys(b.code())).isZero();
        assertThat(post(qsToken, "{\"entries\":[], \"extra\":1}").statusCode()).isEqualTo(400);
        assertThat(post("not-a-token", body).statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String entry(String key, String member, String value, String count) {
        return "{\"key\":\"" + key + "\",\"member\":" + member + ",\"item\":\"CONTRIB-DEED\",\"option\":null,"
                + "\"value\":" + value + ",\"count\":" + count + ",\"date\":\"2026-03-02\",\"basis\":\"OA 审批单\"}";
    }

    private static String batch(String... entries) {
        return "{\"entries\":[" + String.join(",", entries) + "]}";
    }

    private static Map<String, String> errors(HttpResponse<String> answer) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> out.put(e.path("path").asString(),
                e.path("message").asString()));
        return out;
    }

    private static long storedWithKeys(String tag) {
        return jdbc().sql("select count(*) from ledger_entry where idempotency_key like ?").param(tag + "-%")
                .query(Long.class).single();
    }

    private static LedgerFixture fixture() {
        return console.getBean(LedgerFixture.class);
    }

    private static JdbcClient jdbc() {
        return console.getBean(JdbcClient.class);
    }

    private static HttpResponse<String> post(String token, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(consoleUrl + "/api/v1/entries"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String token, String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(consoleUrl + "/api/v1/entries?key="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String clientToken(String clientId, String secret) throws Exception {
        List<String> form = new ArrayList<>();
        form.add("grant_type=client_credentials");
        form.add("client_id=" + clientId);
        form.add("client_secret=" + secret);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.issuer("jifen")
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", form))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("access_token").asString();
    }
}
