package io.jifen.scheme.api;

import static io.jifen.testsupport.ApiClient.JSON;
import static io.jifen.testsupport.ApiClient.isProblem;
import static io.jifen.testsupport.ApiClient.paths;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.testsupport.ApiClient;
import io.jifen.testsupport.WebTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6, item 4: a table of malformed bodies (see {@link MalformedBodies}), each sent to the running console.
 * Every one must be refused with 400 (413 for the size limits), as problem+json, naming the JSON path of what is
 * wrong — and must store nothing.
 */
class ApiFuzzTest extends WebTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> bodies() {
        return MalformedBodies.all().stream().map(c -> Arguments.of(c.name(), c.endpoint(), c.body(), c.status(),
                c.paths()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aMalformedBodyIsRefusedWithItsPathAndStoresNothing(String name, String endpoint, String body, int status,
                                                            List<String> expectedPaths) throws Exception {
        long schemes = count("scheme");
        long versions = count("scheme_version");
        HttpResponse<String> answer = new ApiClient(port).post(endpoint, body, "qs.admin", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(isProblem(answer)).as(ApiClient.contentType(answer)).isTrue();
        assertThat(JSON.readTree(answer.body()).path("status").asInt()).isEqualTo(status);
        assertThat(paths(answer)).as(answer.body()).containsAll(expectedPaths);
        assertThat(count("scheme")).isEqualTo(schemes);
        assertThat(count("scheme_version")).isEqualTo(versions);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
