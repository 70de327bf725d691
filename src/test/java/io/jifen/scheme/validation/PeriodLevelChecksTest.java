package io.jifen.scheme.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.RuleSchemes;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.WindowCap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Validation of the parts rules 1–6 added to the format: the worked schemes pass, broken variants are named. */
class PeriodLevelChecksTest {

    static Stream<SchemeVersion> ruleSchemes() {
        return Stream.of(RuleSchemes.rule1(), RuleSchemes.rule2(), RuleSchemes.rule3(), RuleSchemes.rule4Company(),
                RuleSchemes.rule5(), RuleSchemes.rule6());
    }

    @ParameterizedTest
    @MethodSource("ruleSchemes")
    void theWorkedSchemesValidateWithoutErrorsOrWarnings(SchemeVersion scheme) {
        assertThat(SchemeValidator.validate(scheme).issues()).as(scheme.id()).isEmpty();
    }

    @Test
    void theBranchSettingItsOwnBaseValidatesAgainstItsParent() {
        assertThat(SchemeValidator.validate(RuleSchemes.rule4Branch("35"), RuleSchemes.rule4Company()).errors())
                .isEmpty();
        assertThat(SchemeValidator.validate(RuleSchemes.rule4Branch("38"), RuleSchemes.rule4Company()).errors())
                .extracting(ValidationIssue::key).contains(Issues.K + "inheritance.budgetExceeded");
    }

    private static List<String> errors(SchemeVersion s, Consumer<Edit> change) {
        return SchemeValidator.validate(Edit.of(s, change)).errors().stream()
                .map(i -> i.path() + " " + i.key().substring(Issues.K.length())).toList();
    }

    @Test
    void aWindowCapMustBeLongerThanThePeriodAndLimitSomething() {
        assertThat(errors(RuleSchemes.rule1(), e -> e.items.replaceAll(i -> i.withWindowCap(
                new WindowCap(PeriodUnit.QUARTER, null, null)))))
                .containsExactlyInAnyOrder("$.scheme.items[0].windowCap.window windowCap.notLonger",
                        "$.scheme.items[0].windowCap windowCap.empty");
    }

    @Test
    void theInterimLevelSitsBetweenPeriodAndYearOverResettingPeriods() {
        assertThat(errors(RuleSchemes.rule2(), e -> e.periodRule = e.periodRule.withInterim(PeriodUnit.MONTH,
                RollUp.BASE_PLUS_ACCUMULATED))).contains("$.scheme.periodRule.interimUnit period.interimNotBetween",
                        "$.scheme.periodRule.interimRollUp period.interimRollUp");
        assertThat(errors(RuleSchemes.rule2(), e -> e.periodRule = e.periodRule.withInterim(null, null)))
                .containsExactly("$.scheme.tierSchemes[0].levels level.interimWithoutUnit");
        assertThat(errors(RuleSchemes.rule1(), e -> e.tierSchemes.add(new TierScheme("T", "t", Set.of(Level.INTERIM),
                List.of(io.jifen.scoring.model.Tier.lowest("L", "l"))))))
                .containsExactly("$.scheme.tierSchemes[0].levels level.interimWithoutUnit");
    }

    @Test
    void rhythmsAndCategoryBasesAreChecked() {
        assertThat(errors(RuleSchemes.rule3(), e -> e.category("EVAL", c -> c.withRhythm(PeriodUnit.QUARTER))))
                .containsExactly("$.scheme.categories[1].rhythm category.rhythmNotLonger");
        assertThat(errors(RuleSchemes.rule3(), e -> e.category("EVAL", c -> c.withBase("5"))))
                .containsExactly("$.scheme.categories[1].baseScore category.baseInRhythm");
        assertThat(errors(RuleSchemes.rule5(), e -> e.category("PIONEER", c -> c.withBase("5"))))
                .containsExactly("$.scheme.categories[0].baseScore category.baseNeedsReset");
        assertThat(errors(RuleSchemes.rule4Company(), e -> e.category("GEN-BASE", c -> c.withBase("-1"))))
                .contains("$.scheme.categories[1].baseScore category.negativeBase");
    }

    @Test
    void theRankingNamesAKnownCategoryAndEachStatusOnce() {
        List<String> found = errors(RuleSchemes.rule6(), e -> e.ranking = new RankingRule("NOPE", List.of(
                Set.of(MemberStatus.FULL), Set.of(MemberStatus.FULL, MemberStatus.ACTIVIST), Set.of())));
        assertThat(found).containsExactlyInAnyOrder("$.scheme.ranking.basisCategoryId ranking.unknownCategory",
                "$.scheme.ranking.statusGroups[1] ranking.statusTwice", "$.scheme.ranking.statusGroups[2] "
                        + "ranking.emptyGroup");
        ValidationIssue issue = SchemeValidator.validate(Edit.of(RuleSchemes.rule6(), e -> e.ranking =
                new RankingRule("NOPE", List.of()))).errors().getFirst();
        assertThat(ValidationMessages.format(issue, Locale.SIMPLIFIED_CHINESE)).isEqualTo("排名依据的类别“NOPE”不存在");
        assertThat(ValidationMessages.format(issue, Locale.ENGLISH))
                .isEqualTo("The ranking basis category \"NOPE\" does not exist");
    }
}
