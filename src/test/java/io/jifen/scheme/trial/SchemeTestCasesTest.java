package io.jifen.scheme.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jifen.scheme.Scheme;
import io.jifen.scheme.SchemeService;
import io.jifen.scheme.SchemeStatus;
import io.jifen.scheme.SchemeVersionRecord;
import io.jifen.scheme.document.SchemeDocuments;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.security.JifenUser;
import io.jifen.shared.Messages;
import io.jifen.shared.UserFacingException;
import io.jifen.testsupport.IntegrationTest;
import io.jifen.testsupport.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Saved test cases on the real database with two tenants (QS, HN): a foreign scheme or case id answers exactly
 * like a missing one; a failing case blocks publishing with a message naming it, fixing the scheme lets it publish.
 */
class SchemeTestCasesTest extends IntegrationTest {

    private static final String S8 = SchemeTemplates.json("s08-xujiayan-cun");
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2025, 12, 31);

    @Autowired
    SchemeService schemes;
    @Autowired
    SchemeTestCases cases;
    @Autowired
    JdbcTemplate jdbc;

    private String tag;
    private Scheme qs;
    private long missing;

    @BeforeEach
    void scheme() {
        tag = Long.toString(System.nanoTime(), 36).toUpperCase();
        qs = schemes.create(TestUsers.QS_ADMIN, unitId("QS"), "TC-" + tag, "徐家堰" + tag, null, S8);
        missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme", Long.class);
    }

    /**
     * One ordinary member, +10 in each quarter of 2025: 80 + 10 = 90 every quarter, year (4 × 90) ÷ 4 = 90 → 优秀.
     * The case expects 90 and 优秀 for the year.
     */
    private static TrialCase ninety(String name) {
        TrialMember m = new TrialMember("S1", "样例成员1", "ORDINARY", MemberStatus.FULL, false);
        List<TrialFact> facts = List.of("02-10", "05-10", "08-10", "11-10").stream()
                .map(d -> new TrialFact("S1", "CONTRIB-DEED", null, new BigDecimal("10"), 1,
                        LocalDate.parse("2025-" + d))).toList();
        return new TrialCase(name, new TrialInput(List.of(m), facts, JAN, DEC),
                List.of(new Expectation("S1", Level.YEAR, JAN, DEC, new BigDecimal("90"), "S8-GRADE", "EXCELLENT")));
    }

    @Test
    void aFailingCaseBlocksPublishingUntilTheSchemeIsFixed() {
        JifenUser admin = TestUsers.QS_ADMIN;
        // the draft starts members at 75 instead of 80: 75 + 10 = 85 a quarter, year 85 → 合格, the case fails
        String lowBase = S8.replace("\"baseScore\" : 80", "\"baseScore\" : 75");
        SchemeVersionRecord draft = schemes.saveDraft(admin, qs.getId(), lowBase);
        cases.save(admin, qs.getId(), ninety("九十分为优秀" + tag));
        assertThat(schemes.validate(admin, draft.getId()).publishable()).isTrue();

        assertThatThrownBy(() -> schemes.publish(admin, draft.getId(), JAN))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("trial.publish.failingCases");
                    assertThat(e.arguments()).containsExactly(1, "九十分为优秀" + tag);
                    assertThat(new Messages().getTranslation(e.messageKey(), Messages.CHINESE, e.arguments()))
                            .isEqualTo("不能发布：有 1 个测试用例未通过（“九十分为优秀" + tag
                                    + "”）。请修改方案或测试用例，全部通过后再发布");
                });
        assertThat(schemes.versions(admin, qs.getId()).getFirst().getStatus()).isEqualTo(SchemeStatus.VALIDATED);
        CaseOutcome failed = cases.runAll(admin, qs.getId(), SchemeDocuments.read(lowBase)).getFirst();
        assertThat(failed.passed()).isFalse();
        assertThat(failed.expectations().getFirst().actualTotal()).isEqualByComparingTo("85");
        assertThat(failed.expectations().getFirst().actualTierId()).isEqualTo("PASS");

        // fixed: the base back at 80 gives 90 → 优秀, the case passes and the version publishes
        SchemeVersionRecord fixed = schemes.saveDraft(admin, qs.getId(), S8);
        schemes.validate(admin, fixed.getId());
        assertThat(schemes.publish(admin, fixed.getId(), JAN).getStatus()).isEqualTo(SchemeStatus.PUBLISHED);
    }

    @Test
    void fixingTheCaseAlsoLetsItPublish() {
        JifenUser admin = TestUsers.QS_ADMIN;
        String lowBase = S8.replace("\"baseScore\" : 80", "\"baseScore\" : 75");
        SchemeVersionRecord draft = schemes.saveDraft(admin, qs.getId(), lowBase);
        SchemeTestCases.SavedCase wrong = cases.save(admin, qs.getId(), ninety("旧预期" + tag));
        schemes.validate(admin, draft.getId());
        assertThatThrownBy(() -> schemes.publish(admin, draft.getId(), JAN)).isInstanceOf(UserFacingException.class);

        cases.delete(admin, wrong.id());
        TrialCase old = ninety("新预期" + tag);
        cases.save(admin, qs.getId(), new TrialCase(old.name(), old.input(), List.of(
                old.expectations().getFirst().withTotal(new BigDecimal("85")).withTier("PASS"))));
        assertThat(schemes.publish(admin, draft.getId(), JAN).getStatus()).isEqualTo(SchemeStatus.PUBLISHED);
    }

    @Test
    void aForeignSchemeOrCaseAnswersLikeAMissingOne() {
        SchemeTestCases.SavedCase own = cases.save(TestUsers.QS_ADMIN, qs.getId(), ninety("青山用例" + tag));
        SchemeVersion s8 = SchemeDocuments.read(S8);
        assertThat(cases.list(TestUsers.QS_ADMIN, qs.getId())).extracting(c -> c.content().name())
                .containsExactly("青山用例" + tag);
        assertThat(cases.run(TestUsers.QS_ADMIN, own.id(), s8).passed()).isTrue();
        long missingCase = jdbc.queryForObject("select coalesce(max(id), 0) + 1000000 from scheme_test_case",
                Long.class);
        JifenUser hn = TestUsers.HN_ADMIN;
        sameAnswer(() -> cases.list(hn, qs.getId()), () -> cases.list(hn, missing));
        sameAnswer(() -> cases.save(hn, qs.getId(), ninety("借用" + tag)),
                () -> cases.save(hn, missing, ninety("借用" + tag)));
        sameAnswer(() -> cases.runAll(hn, qs.getId(), s8), () -> cases.runAll(hn, missing, s8));
        sameAnswer(() -> cases.run(hn, own.id(), s8), () -> cases.run(hn, missingCase, s8));
        sameAnswer(() -> cases.delete(hn, own.id()), () -> cases.delete(hn, missingCase));
        // a secretary of the branch below may not manage the scheme's cases either
        assertThatThrownBy(() -> cases.list(TestUsers.QS01_SECRETARY, qs.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.list(TestUsers.QS_ADMIN, qs.getId())).hasSize(1);
    }

    @Test
    void aNameIsRequiredAndUniqueWithinTheScheme() {
        cases.save(TestUsers.QS_ADMIN, qs.getId(), ninety("同名" + tag));
        assertThatThrownBy(() -> cases.save(TestUsers.QS_ADMIN, qs.getId(), ninety(" 同名" + tag + " ")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("trial.error.nameTaken"));
        assertThatThrownBy(() -> cases.save(TestUsers.QS_ADMIN, qs.getId(), ninety("  ")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("trial.error.nameRequired"));
    }

    private long unitId(String code) {
        return jdbc.queryForObject("select id from organization where code = ?", Long.class, code);
    }

    private static void sameAnswer(Runnable foreign, Runnable missing) {
        Throwable a = catchThrowable(foreign::run);
        Throwable b = catchThrowable(missing::run);
        assertThat(a).isInstanceOf(AccessDeniedException.class);
        assertThat(a).isExactlyInstanceOf(b.getClass());
        assertThat(a.getMessage()).isEqualTo(b.getMessage());
    }
}
