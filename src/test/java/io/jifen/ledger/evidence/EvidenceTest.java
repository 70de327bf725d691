package io.jifen.ledger.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.ledger.Entry;
import io.jifen.ledger.LedgerFixture.Branch;
import io.jifen.ledger.review.ReviewSupport;
import io.jifen.organization.Member;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evidence files: types told by their bytes, limits, and served only to those who may see the entry. */
class EvidenceTest extends IntegrationTest {

    @Autowired
    ReviewSupport s10;
    @Autowired
    EvidenceService evidence;
    @Autowired
    EvidenceController controller;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Messages messages;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theBytesDecideTheTypeAndARefusedFileStoresNothing() {
        Branch b = s10.s10("QS");
        Member m = s10.member(b, "类型甲");
        JifenUser claimant = s10.userOf(b, m);
        Entry e = s10.claim(claimant, m);
        long contents = contentRows();

        Evidence png = evidence.attachFile(claimant, e.getId(), "C:\\相册\\照片.jpg", "image/jpeg", ReviewSupport.PNG);
        assertThat(png.getContentType()).isEqualTo("image/png");
        assertThat(png.getFileName()).isEqualTo("照片.jpg");
        assertThat(evidence.attachFile(claimant, e.getId(), "scan.bin", "application/octet-stream",
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).getContentType()).isEqualTo("application/pdf");
        assertThat(contentRows()).isEqualTo(contents + 2);

        byte[] exe = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(() -> evidence.attachFile(claimant, e.getId(), "photo.jpg", "image/jpeg", exe), "evidence.error.type");
        assertRefused(() -> evidence.attachFile(claimant, e.getId(), "big.jpg", "image/jpeg", jpegOf(10 * 1024 * 1024 + 1)),
                "evidence.error.tooLarge");
        assertThat(evidence.count(e.getId())).isEqualTo(2);
        assertThat(contentRows()).isEqualTo(contents + 2);
    }

    @Test
    void atMostNineFilesPerEntryAndOnlyWhileItWaits() {
        Branch b = s10.s10("HN");
        Member m = s10.member(b, "九张");
        JifenUser claimant = s10.userOf(b, m);
        Entry e = s10.claim(claimant, m);
        for (int i = 0; i < EvidenceService.MAX_FILES; i++) {
            evidence.attachFile(claimant, e.getId(), i + ".jpg", "image/jpeg", ReviewSupport.JPEG);
        }
        assertRefused(() -> evidence.attachFile(claimant, e.getId(), "10.jpg", "image/jpeg", ReviewSupport.JPEG),
                "evidence.error.tooMany");
        assertThat(evidence.list(claimant, e.getId())).hasSize(EvidenceService.MAX_FILES);

        Member other = s10.member(b, "旁人");
        assertRefused(() -> evidence.attachFile(s10.userOf(b, other), e.getId(), "x.jpg", "image/jpeg",
                ReviewSupport.JPEG), "evidence.error.notFound");
    }

    @Test
    void servedToTheMemberAndTheSecretaryNotToAnotherBranchOrTenant() {
        Branch b = s10.s10("QS");
        Branch otherBranch = s10.s10("QS");
        Branch otherTenant = s10.s10("HN");
        Member m = s10.member(b, "送达甲");
        JifenUser claimant = s10.userOf(b, m);
        Entry e = s10.claim(claimant, m);
        long id = evidence.attachFile(claimant, e.getId(), "现场照片.jpg", "image/jpeg", ReviewSupport.JPEG).getId();

        for (JifenUser reader : new JifenUser[] {claimant, b.secretary(), b.admin()}) {
            ResponseEntity<byte[]> ok = get(reader, id);
            assertThat(ok.getStatusCode().value()).isEqualTo(200);
            assertThat(ok.getBody()).isEqualTo(ReviewSupport.JPEG);
            assertThat(ok.getHeaders().getContentType()).hasToString("image/jpeg");
            assertThat(ok.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(ok.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;")
                    .contains("filename*=UTF-8''%E7%8E%B0");
        }
        Member stranger = s10.member(otherBranch, "别支部");
        ResponseEntity<byte[]> missing = get(b.secretary(), Long.MAX_VALUE);
        for (JifenUser outsider : new JifenUser[] {s10.userOf(otherBranch, stranger), otherBranch.secretary(),
                otherTenant.admin(), otherTenant.secretary(), s10.userOf(b, s10.member(b, "同支部他人"))}) {
            ResponseEntity<byte[]> refused = get(outsider, id);
            assertThat(refused.getStatusCode()).isEqualTo(missing.getStatusCode());
            assertThat(refused.getStatusCode().value()).isEqualTo(404);
            assertThat(refused.getBody()).isNull();
            assertThat(refused.getHeaders()).isEqualTo(missing.getHeaders());
        }
        assertThat(get(b.secretary(), -1).getStatusCode().value()).isEqualTo(404);
        assertRefused(() -> evidence.list(otherTenant.admin(), e.getId()), "evidence.error.notFound");
    }

    @Test
    void theDepartmentHeadWhoSignsSeesThePhoto() {
        Branch b = s10.s10("HN");
        Member m = s10.member(b, "部长看");
        JifenUser claimant = s10.userOf(b, m);
        JifenUser head = s10.holding(b, b.branch(), "黄部长", "DEPARTMENT_HEAD");
        Entry e = s10.claim(claimant, m);
        long id = evidence.attachFile(claimant, e.getId(), "p.jpg", "image/jpeg", ReviewSupport.JPEG).getId();

        assertThat(get(head, id).getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<byte[]> get(JifenUser user, long id) {
        return controller.file(Long.toString(id), TestUsers.signIn(user));
    }

    private long contentRows() {
        return jdbc.sql("select count(*) from ledger_evidence_content").query(Long.class).single();
    }

    private static byte[] jpegOf(int size) {
        byte[] b = Arrays.copyOf(ReviewSupport.JPEG, size);
        return b;
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class, ex -> {
            assertThat(ex.messageKey()).isEqualTo(key);
            assertThat(messages.getTranslation(key, Locale.ENGLISH, ex.arguments())).doesNotStartWith("!");
        });
    }
}
