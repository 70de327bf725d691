package io.jifen.ledger.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.ledger.Entry;
import io.jifen.ledger.LedgerFixture;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.review.ReviewSupport;
import io.jifen.organization.Member;
import io.jifen.testsupport.WebTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /evidence/{id} through the real filter chain: the subtree's admin gets the file, another tenant a bare 404. */
class EvidenceHttpTest extends WebTest {

    @LocalServerPort
    int port;
    @Autowired
    ReviewSupport s10;
    @Autowired
    EvidenceService evidence;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFileIsServedInlineToTheAdminAndIsNotFoundForAnotherTenant() throws Exception {
        Branch b = s10.s10(LedgerFixture.demo("QS")); // signed in over HTTP as the demo users of QS
        Member m = s10.member(b, "网页甲");
        Entry e = s10.claim(s10.userOf(b, m), m);
        long id = evidence.attachFile(s10.userOf(b, m), e.getId(), "会议照片.png", "image/png", ReviewSupport.PNG).getId();

        HttpResponse<byte[]> ok = get("/evidence/" + id, "qs.admin");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo(ReviewSupport.PNG);
        assertThat(ok.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ok.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(ok.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("inline;").contains("UTF-8''%E4%BC%9A%E8%AE%AE"));

        HttpResponse<byte[]> foreign = get("/evidence/" + id, "hn.admin");
        HttpResponse<byte[]> missing = get("/evidence/" + Long.MAX_VALUE, "hn.admin");
        assertThat(foreign.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        assertThat(foreign.body()).isEqualTo(missing.body());
        assertThat(get("/evidence/" + id, "qs01.secretary").statusCode()).as("another branch's secretary")
                .isEqualTo(404);
        assertThat(get("/evidence/" + id, null).statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
