package io.jifen.scheme.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.jifen.scoring.SeedFixtures;
import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator on the seed fixtures and on broken variants of them. */
class SchemeValidatorTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(Arguments.of("S6", SeedFixtures.s6()), Arguments.of("S8", SeedFixtures.s8()),
                Arguments.of("S9", SeedFixtures.s9()), Arguments.of("S10", SeedFixtures.s10()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void seedFixturesValidateWithoutErrors(String name, SchemeVersion scheme) {
        ValidationReport report = SchemeValidator.validate(scheme);
        assertThat(report.errors()).as(name).isEmpty();
        assertThat(report.publishable()).isTrue();
    }

    @Test
    void seedFixturesHaveNoWarningsEither() {
        fixtures().forEach(a -> assertThat(SchemeValidator.validate((SchemeVersion) a.get()[1]).issues())
                .as((String) a.get()[0]).isEmpty());
    }

    @Test
    void s9BranchValidatesAgainstItsParent() {
        ValidationReport report = SchemeValidator.validate(SeedFixtures.s9Branch(), SeedFixtures.s9());
        assertThat(report.issues()).isEmpty();
    }

    @Test
    void aChainIsValidatedAtItsLeaf() {
        SchemeVersion village = SchemeVersion.builder("VILLAGE").name("村党支部").parent("S9-BRANCH-A-v1")
                .item(Item.fixed("V-1", "PER-BONUS", "村级加分", "1")).build();
        // the branch already fills 个性加分项 up to 5 with A-INNOVATION: one more point is over budget
        ValidationReport report = SchemeValidator.validateChain(List.of(SeedFixtures.s9(), SeedFixtures.s9Branch(),
                village));
        assertThat(report.errors()).extracting(ValidationIssue::path, ValidationIssue::key).containsExactly(
                tuple("$.scheme.items[0].categoryId", "scheme.validation.inheritance.budgetExceeded"));
        assertThat(ValidationMessages.format(report.errors().getFirst(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("类别“个性加分项”中的积分项最多可得 6 分，超出了上级方案给予的 5 分额度");
        assertThat(SchemeValidator.validateChain(List.of(SeedFixtures.s9(), SeedFixtures.s9Branch())).issues())
                .isEmpty();
        assertThat(SchemeValidator.validateChain(List.of(SeedFixtures.s10())).issues()).isEmpty();
    }

    @Test
    void anExtensionWithoutItsParentCannotBePublished() {
        ValidationReport report = SchemeValidator.validate(SeedFixtures.s9Branch());
        assertThat(report.errors()).extracting(ValidationIssue::path, ValidationIssue::key)
                .containsExactly(tuple("$.scheme.parentVersionId", "scheme.validation.inheritance.parentMissing"));
    }

    private static SchemeVersion s6(Consumer<Edit> e) {
        return Edit.of(SeedFixtures.s6(), e);
    }

    private static SchemeVersion s8(Consumer<Edit> e) {
        return Edit.of(SeedFixtures.s8(), e);
    }

    private static SchemeVersion s9(Consumer<Edit> e) {
        return Edit.of(SeedFixtures.s9(), e);
    }

    private static SchemeVersion s10(Consumer<Edit> e) {
        return Edit.of(SeedFixtures.s10(), e);
    }

    private static Supplier<ValidationReport> v(SchemeVersion s) {
        return () -> SchemeValidator.validate(s);
    }

    private static Supplier<ValidationReport> branch(Consumer<Edit> e) {
        return () -> SchemeValidator.validate(Edit.of(SeedFixtures.s9Branch(), e), SeedFixtures.s9());
    }

    private static Category reparent(Category c, String parentId) {
        return new Category(c.id(), parentId, c.name(), c.kind(), c.sign(), c.cap(), c.weight(),
                c.openForExtension(), c.locked(), c.order());
    }

    private static Category rename(Category c, String name) {
        return new Category(c.id(), c.parentId(), name, c.kind(), c.sign(), c.cap(), c.weight(),
                c.openForExtension(), c.locked(), c.order());
    }

    private static TierScheme tiers(String id, Set<Level> levels, Tier... tiers) {
        return new TierScheme(id, "tiers", levels, List.of(tiers));
    }

    static Stream<Arguments> brokenVariants() {
        return Stream.of(
                Arguments.of("overlapping tiers (two tiers from 80)", v(s6(e -> e.tierSchemes.set(0, tiers("S6-TYPE",
                        Set.of(Level.YEAR), Tier.atLeast("VANGUARD", "先锋型", "80"),
                        Tier.atLeast("LEADING", "带头型", "80"), Tier.lowest("FADED", "褪色型"))))),
                        "$.scheme.tierSchemes[0].tiers[1].min", "tier.overlap"),
                Arguments.of("duplicate tier names", v(s6(e -> e.tierSchemes.set(0, tiers("S6-TYPE",
                        Set.of(Level.YEAR), Tier.atLeast("VANGUARD", "先锋型", "80"),
                        Tier.atLeast("LEADING", "先锋型", "70"), Tier.lowest("FADED", "褪色型"))))),
                        "$.scheme.tierSchemes[0].tiers[1].name", "tier.duplicateName"),
                Arguments.of("dangling category reference", v(s6(e -> e.items.add(Item.fixed("X", "NOWHERE", "x",
                        "1")))), "$.scheme.items[14].categoryId", "item.unknownCategory"),
                Arguments.of("dangling parent category", v(s9(e -> e.categories.add(Category.of("X", "NOPE", "x",
                        CategoryKind.BONUS, null)))), "$.scheme.categories[8].parentId", "category.unknownParent"),
                Arguments.of("duplicate item id", v(s6(e -> e.items.add(Item.fixed("MEETING", "BASIC", "again",
                        "1")))), "$.scheme.items[14].id", "id.duplicate"),
                Arguments.of("item id equal to a category id", v(s6(e -> e.items.add(Item.fixed("BASIC", "BASIC",
                        "again", "1")))), "$.scheme.items[14].id", "id.duplicate"),
                Arguments.of("duplicate member class id", v(s6(e -> e.memberClasses.add(MemberClass.of("L1", "again",
                        "5", null)))), "$.scheme.memberClasses[4].id", "id.duplicate"),
                Arguments.of("cycle in categories", v(s10(e -> e.category("DAILY", c -> reparent(c, "STUDY")))),
                        "$.scheme.categories[0].parentId", "category.cycle"),
                Arguments.of("eligibility naming an unknown tier", v(s9(e -> e.eligibilityRules.set(0,
                        new EligibilityRule("S9-EXCELLENT", "优秀", List.of(
                                new EligibilityCondition.EveryPeriodAtLeast("S9-STARS", "4"),
                                new EligibilityCondition.YearAtLeast("S9-STARS", "6")))))),
                        "$.scheme.eligibilityRules[0].conditions[1].tierId", "rule.unknownTier"),
                Arguments.of("consequence naming an unknown tier scheme", v(s8(e -> e.consequenceRules.add(
                        new ConsequenceRule("X", "x", Level.YEAR, new ConsequenceTrigger.AtOrBelowTier("NOPE", "BASIC"),
                                null, new FollowUp("TALK", null, null, null, null))))),
                        "$.scheme.consequenceRules[4].trigger.tierSchemeId", "rule.unknownTierScheme"),
                Arguments.of("consequence on a level its tiers do not grade", v(s8(e -> e.consequenceRules.add(
                        new ConsequenceRule("X", "x", Level.PERIOD, new ConsequenceTrigger.AtOrBelowTier("S8-GRADE",
                                "BASIC"), null, new FollowUp("TALK", null, null, null, null))))),
                        "$.scheme.consequenceRules[4].trigger.tierSchemeId", "rule.levelNotGraded"),
                Arguments.of("bottom N of zero", v(s8(e -> e.consequenceRules.add(new ConsequenceRule("X", "x",
                        Level.YEAR, new ConsequenceTrigger.BottomN(0, ConsequenceTrigger.RankScope.UNIT), null,
                        new FollowUp("TALK", null, null, null, null))))),
                        "$.scheme.consequenceRules[4].trigger.n", "rule.countNotPositive"),
                Arguments.of("follow-up within days without days", v(s8(e -> e.consequenceRules.add(
                        new ConsequenceRule("X", "x", Level.YEAR, new ConsequenceTrigger.TopN(3,
                                ConsequenceTrigger.RankScope.UNIT), null,
                                new FollowUp("TALK", null, null, FollowUp.Due.WITHIN_DAYS, null))))),
                        "$.scheme.consequenceRules[4].followUp.days", "followUp.daysRequired"),
                Arguments.of("average roll-up on a yearly unit", v(s8(e -> e.periodRule = new PeriodRule(
                        PeriodUnit.YEAR, true, RollUp.AVERAGE_OF_SUBPERIODS, Points.of("100"), true, null))),
                        "$.scheme.periodRule.rollUp", "period.averageNeedsSubannualUnit"),
                Arguments.of("average roll-up without reset", v(s8(e -> e.periodRule = new PeriodRule(
                        PeriodUnit.QUARTER, false, RollUp.AVERAGE_OF_SUBPERIODS, Points.of("100"), true, null))),
                        "$.scheme.periodRule.reset", "period.averageNeedsReset"),
                Arguments.of("base plus accumulated without any base", v(s6(e -> e.memberClasses.replaceAll(
                        c -> MemberClass.of(c.id(), c.name(), "0", c.exemption())))),
                        "$.scheme.periodRule.rollUp", "period.basePlusNeedsBase"),
                Arguments.of("reward points without a total cap", v(s8(e -> e.periodRule = new PeriodRule(
                        PeriodUnit.QUARTER, true, RollUp.AVERAGE_OF_SUBPERIODS, null, true, null))),
                        "$.scheme.periodRule.overflowAsReward", "period.overflowWithoutCap"),
                Arguments.of("count cap of zero", v(s6(e -> e.item("DUES", i -> i.withCap(OccurrenceCap.count(0))))),
                        "$.scheme.items[3].cap.maxCount", "cap.countNotPositive"),
                Arguments.of("deduction cap written as a positive floor", v(s9(e -> e.category("GEN-VETO",
                        c -> c.withCap(Cap.min("20"))))), "$.scheme.categories[3].cap.min", "cap.wrongSign"),
                Arguments.of("bonus cap below zero", v(s10(e -> e.category("REWARD",
                        c -> c.withCap(Cap.max("-10"))))), "$.scheme.categories[7].cap.max", "cap.wrongSign"),
                Arguments.of("sub-category cap contradicting its parent", v(s9(e -> e.category("GEN-BONUS",
                        c -> c.withCap(Cap.between("70", "80"))))),
                        "$.scheme.categories[2].cap", "cap.disjointFromParent"),
                Arguments.of("weight above 1", v(s10(e -> e.category("EVAL", c -> c.withWeight("1.5")))),
                        "$.scheme.categories[6].weight", "category.weightOutOfRange"),
                Arguments.of("weight of 0", v(s10(e -> e.category("EVAL", c -> c.withWeight("0")))),
                        "$.scheme.categories[6].weight", "category.weightOutOfRange"),
                Arguments.of("duplicate option codes", v(s10(e -> e.item("REWARD-ARTICLE", i -> Item.of(i.id(),
                        i.categoryId(), i.name(), ValueRule.options(ValueOption.fixed("INTERNAL", "内部", "2"),
                                ValueOption.fixed("INTERNAL", "外部", "5")))))),
                        "$.scheme.items[7].value.options[1].code", "option.duplicateCode"),
                Arguments.of("unknown member class", v(s6(e -> e.item("REPORT", i -> i.forClasses("L3", "L9")))),
                        "$.scheme.items[2].memberClassIds[1]", "item.unknownMemberClass"),
                Arguments.of("unknown review step", v(s10(e -> e.item("ACHIEVE-TASK", i -> i.recordedBy(
                        i.recordedBy(), true, List.of("DEPT-HEAD", "CEO"))))),
                        "$.scheme.items[1].reviewStepIds[1]", "item.unknownReviewStep"),
                Arguments.of("veto item without tier schemes", v(s10(e -> {
                    e.tierSchemes.clear();
                    e.consequenceRules.clear();
                })), "$.scheme.items[4].veto", "item.vetoWithoutTiers"),
                Arguments.of("blank category name", v(s6(e -> e.category("BASIC", c -> rename(c, " ")))),
                        "$.scheme.categories[0].name", "name.blank"),
                Arguments.of("negative publication window", v(s8(e -> e.workflow = new Workflow(e.workflow.steps(),
                        -7, 3))), "$.scheme.workflow.publicationWindowDays", "workflow.negativeDays"),
                Arguments.of("child exceeding the parent's budget", branch(e -> e.items.add(Item.fixed("A-EXTRA",
                        "PER-BASE", "额外", "1"))), "$.scheme.items[0].categoryId", "inheritance.budgetExceeded"),
                Arguments.of("overriding a locked item", branch(e -> e.items.add(Item.fixed("GEN-MEETING",
                        "GEN-BASE", "按时参加组织生活", "9"))), "$.scheme.items[3].id", "inheritance.lockedChanged"),
                Arguments.of("adding to a closed category", branch(e -> e.items.add(Item.fixed("A-X", "GEN-BONUS",
                        "x", "1"))), "$.scheme.items[3].categoryId", "inheritance.addedUnderClosedCategory"),
                Arguments.of("removing a locked item", branch(e -> e.removedIds.add("GEN-DUES")),
                        "$.scheme.removedIds[0]", "inheritance.lockedRemoved"),
                Arguments.of("replacing a locked part", branch(e -> e.periodRule = new PeriodRule(PeriodUnit.MONTH,
                        true, RollUp.SUM, null, false, null)), "$.scheme.periodRule", "inheritance.partLocked"),
                Arguments.of("new top-level category in a branch", branch(e -> e.categories.add(Category.of("A-TOP",
                        null, "支部自设类别", CategoryKind.BONUS, null))), "$.scheme.categories[0].parentId",
                        "inheritance.addedAtTopLevel"),
                Arguments.of("removing something the parent does not have", branch(e -> e.removedIds.add("NOPE")),
                        "$.scheme.removedIds[0]", "inheritance.unknownRemoved"),
                Arguments.of("branch of another parent", (Supplier<ValidationReport>) () -> SchemeValidator.validate(
                        SchemeVersion.builder("BR").name("支部").parent("OTHER").build(), SeedFixtures.s9()),
                        "$.scheme.parentVersionId", "inheritance.wrongParent"),
                Arguments.of("branch sub-category under an unknown category", branch(e -> e.categories.add(
                        Category.of("A-SUB", "NOPE", "x", CategoryKind.BONUS, null))),
                        "$.scheme.categories[0].parentId", "category.unknownParent"),
                Arguments.of("tier scheme grading no level", v(s6(e -> e.tierSchemes.set(0, tiers("S6-TYPE", Set.of(),
                        Tier.atLeast("VANGUARD", "先锋型", "80"), Tier.lowest("FADED", "褪色型"))))),
                        "$.scheme.tierSchemes[0].levels", "tierScheme.noLevels"),
                Arguments.of("negative base score", v(s6(e -> e.memberClasses.set(0, MemberClass.of("L1", "第一层次",
                        "-10", null)))), "$.scheme.memberClasses[0].baseScore", "memberClass.negativeBase"),
                Arguments.of("no member class", v(s6(e -> {
                    e.memberClasses.clear();
                    e.item("REPORT", i -> i.forClasses());
                })), "$.scheme.memberClasses", "memberClass.none"),
                Arguments.of("eligibility rule without conditions", v(s9(e -> e.eligibilityRules.set(0,
                        new EligibilityRule("S9-EXCELLENT", "优秀", List.of())))),
                        "$.scheme.eligibilityRules[0].conditions", "rule.noConditions"),
                Arguments.of("eligibility threshold missing", v(s9(e -> e.eligibilityRules.set(0,
                        new EligibilityRule("S9-EXCELLENT", "优秀", List.of(
                                new EligibilityCondition.YearTotalAbove(null, true)))))),
                        "$.scheme.eligibilityRules[0].conditions[0].threshold", "rule.thresholdMissing"),
                Arguments.of("blank item id", v(s6(e -> e.items.add(Item.fixed(" ", "BASIC", "x", "1")))),
                        "$.scheme.items[14].id", "id.blank"),
                Arguments.of("negative item value", v(s6(e -> e.items.add(Item.fixed("NEG", "BASIC", "x", "-2")))),
                        "$.scheme.items[14].value.points", "value.negative"),
                Arguments.of("non-positive total cap", v(s8(e -> e.periodRule = new PeriodRule(PeriodUnit.QUARTER,
                        true, RollUp.AVERAGE_OF_SUBPERIODS, Points.of("0"), true, null))),
                        "$.scheme.periodRule.totalCap", "period.totalCapNotPositive"),
                Arguments.of("version 0", v(SchemeVersion.builder("V0").name("v0").version(0).periodRule(
                        new PeriodRule(PeriodUnit.YEAR, true, RollUp.SUM, null, false, null))
                        .memberClass(MemberClass.of("C", "c", "0", null)).build()),
                        "$.scheme.version", "version.notPositive"),
                Arguments.of("parent that is itself an extension", (Supplier<ValidationReport>) () ->
                        SchemeValidator.validate(SeedFixtures.s9Branch(), SeedFixtures.s9Branch()),
                        "$.scheme.parentVersionId", "inheritance.parentNotEffective"),
                Arguments.of("branch item in an unknown category", branch(e -> e.items.add(Item.fixed("A-X", "NOPE",
                        "x", "1"))), "$.scheme.items[3].categoryId", "item.unknownCategory"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenVariantIsReportedAtItsPath(String name, Supplier<ValidationReport> validation, String path,
            String key) {
        ValidationReport report = validation.get();
        assertThat(report.publishable()).isFalse();
        assertThat(report.errors()).extracting(ValidationIssue::path, ValidationIssue::key)
                .contains(tuple(path, "scheme.validation." + key));
        report.issues().forEach(i -> {
            assertThat(ValidationMessages.format(i, Locale.ENGLISH)).doesNotStartWith("!").doesNotContain("{");
            assertThat(ValidationMessages.format(i, Locale.SIMPLIFIED_CHINESE)).doesNotStartWith("!")
                    .doesNotContain("{");
        });
    }

    @Test
    void aSingleBreakageGivesASingleError() {
        ValidationReport report = SchemeValidator.validate(s10(e -> e.category("EVAL", c -> c.withWeight("2"))));
        assertThat(report.issues()).hasSize(1);
    }

    @Test
    void everyErrorOfASchemeIsReported() {
        SchemeVersion broken = s9(e -> {
            e.items.add(Item.fixed("GEN-MEETING", "GEN-BASE", "duplicate", "1"));
            e.items.add(Item.fixed("X", "NOWHERE", "dangling", "1"));
            e.category("GEN-BONUS", c -> c.withWeight("3"));
            e.periodRule = new PeriodRule(PeriodUnit.YEAR, true, RollUp.AVERAGE_OF_SUBPERIODS, null, false, null);
            e.eligibilityRules.set(0, new EligibilityRule("S9-EXCELLENT", "优秀", List.of(
                    new EligibilityCondition.YearAtLeast("NOPE", "5"))));
        });
        ValidationReport report = SchemeValidator.validate(broken);
        assertThat(report.errors()).extracting(ValidationIssue::path, ValidationIssue::key).containsExactlyInAnyOrder(
                tuple("$.scheme.items[5].id", "scheme.validation.id.duplicate"),
                tuple("$.scheme.items[6].categoryId", "scheme.validation.item.unknownCategory"),
                tuple("$.scheme.categories[2].weight", "scheme.validation.category.weightOutOfRange"),
                tuple("$.scheme.periodRule.rollUp", "scheme.validation.period.averageNeedsSubannualUnit"),
                tuple("$.scheme.eligibilityRules[0].conditions[0].tierSchemeId",
                        "scheme.validation.rule.unknownTierScheme"));
        assertThat(report.publishable()).isFalse();
    }

    @Test
    void unreachableCategoryCapIsAWarningNotAnError() {
        // 通用基础项 is capped at 55, but 4 × 5 + 3 × 5 + 3 × 5 = 50 is all its items can give
        ValidationReport report = SchemeValidator.validate(s9(e -> e.item("GEN-MEETING",
                i -> i.withCap(OccurrenceCap.count(4)))));
        assertThat(report.errors()).isEmpty();
        assertThat(report.publishable()).isTrue();
        assertThat(report.warnings()).extracting(ValidationIssue::severity, ValidationIssue::path, ValidationIssue::key)
                .contains(tuple(Severity.WARNING, "$.scheme.categories[1].cap.max",
                        "scheme.validation.category.capUnreachable"));
        ValidationIssue w = report.warnings().stream().filter(i -> i.path().equals("$.scheme.categories[1].cap.max"))
                .findFirst().orElseThrow();
        assertThat(ValidationMessages.format(w, Locale.ENGLISH))
                .isEqualTo("The cap of 55 points of category \"基础项\" can never be reached: its items give at most 50"
                        + " points");
    }

    @Test
    void otherWarnings() {
        assertThat(SchemeValidator.validate(s6(e -> e.categories.add(Category.of("EMPTY", null, "空类别",
                CategoryKind.BONUS, null)))).warnings()).extracting(ValidationIssue::path, ValidationIssue::key)
                .containsExactly(tuple("$.scheme.categories[3]", "scheme.validation.category.empty"));
        // S8 with a total cap of 80: 优秀 (≥ 90) can never be reached
        ValidationReport capped = SchemeValidator.validate(s8(e -> e.periodRule = new PeriodRule(PeriodUnit.QUARTER,
                true, RollUp.AVERAGE_OF_SUBPERIODS, Points.of("80"), true, null)));
        assertThat(capped.publishable()).isTrue();
        assertThat(capped.warnings()).extracting(ValidationIssue::path, ValidationIssue::key).containsExactly(
                tuple("$.scheme.tierSchemes[0].tiers[0].min", "scheme.validation.tierScheme.topUnreachable"));
        // S10 without the reward and evaluation parts reaches at most 75
        ValidationReport s10 = SchemeValidator.validate(s10(e -> {
            e.items.removeIf(i -> i.categoryId().equals("EVAL") || i.categoryId().equals("REWARD"));
            e.categories.removeIf(c -> c.id().equals("EVAL") || c.id().equals("REWARD"));
        }));
        assertThat(s10.warnings()).extracting(ValidationIssue::path, ValidationIssue::key).containsExactly(
                tuple("$.scheme.tierSchemes[0].tiers[0].min", "scheme.validation.tierScheme.topUnreachable"));
        assertThat(ValidationMessages.format(s10.warnings().getFirst(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("等次方案“评定格次”的最高等次“优秀”（90 分及以上）达不到：最多只能得 75 分");
        // an item only for an unknown class: an error for the reference, a warning that nobody can score it
        ValidationReport noClass = SchemeValidator.validate(s6(e -> e.item("REPORT", i -> i.forClasses("L9"))));
        assertThat(noClass.warnings()).extracting(ValidationIssue::path, ValidationIssue::key).containsExactly(
                tuple("$.scheme.items[2].memberClassIds", "scheme.validation.item.appliesToNoClass"));
    }

    @Test
    void warningsOfABranchConcernOnlyWhatTheBranchDefines() {
        // the branch adds an empty sub-category; the parent's own categories are not the branch's business
        ValidationReport report = SchemeValidator.validate(Edit.of(SeedFixtures.s9Branch(), e -> e.categories.add(
                Category.of("A-EMPTY", "PER-BONUS", "支部空类别", CategoryKind.BONUS, null))), SeedFixtures.s9());
        assertThat(report.issues()).extracting(ValidationIssue::severity, ValidationIssue::path, ValidationIssue::key)
                .containsExactly(tuple(Severity.WARNING, "$.scheme.categories[0]", "scheme.validation.category.empty"));
    }

    @Test
    void anItemCapAboveItsCategoryCapIsAWarning() {
        ValidationReport report = SchemeValidator.validate(s10(e -> e.item("REWARD-OTHER",
                i -> i.withCap(OccurrenceCap.points("15")))));
        assertThat(report.publishable()).isTrue();
        assertThat(report.warnings()).extracting(ValidationIssue::path, ValidationIssue::key).containsExactly(
                tuple("$.scheme.items[9].cap.maxPoints", "scheme.validation.cap.itemExceedsCategory"));
        assertThat(ValidationMessages.format(report.warnings().getFirst(), Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "积分项“其他先锋模范作用（支委会讨论，党委批准）”的上限 15 分超过了所属类别“奖励积分”的上限 10 分，这个上限不会起作用");
    }

    @Test
    void openCategoriesOfAParentAreNeitherEmptyNorUnreachable() {
        // S9's 个性积分 sub-categories hold no items in the company scheme: the branches fill them
        assertThat(SchemeValidator.validate(SeedFixtures.s9()).warnings()).isEmpty();
    }

    @Test
    void messagesRenderInChineseByDefaultAndInEnglish() {
        ValidationIssue issue = SchemeValidator.validate(s8(e -> e.periodRule = new PeriodRule(PeriodUnit.YEAR, true,
                RollUp.AVERAGE_OF_SUBPERIODS, Points.of("100"), true, null))).errors().getFirst();
        assertThat(ValidationMessages.format(issue, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“各期平均”汇总需要以月或季度为考核周期，当前考核周期为年度");
        assertThat(ValidationMessages.format(issue, Locale.GERMANY)).as("any other language falls back to Chinese")
                .isEqualTo(ValidationMessages.format(issue, Locale.SIMPLIFIED_CHINESE));
        assertThat(ValidationMessages.format(issue, null)).isEqualTo(ValidationMessages.format(issue,
                Locale.SIMPLIFIED_CHINESE));
        assertThat(ValidationMessages.format(issue, Locale.ENGLISH))
                .isEqualTo("An average of sub-periods needs a monthly or quarterly assessed unit; the unit is year");
        assertThat(ValidationMessages.formatWithPath(issue, Locale.ENGLISH)).startsWith("$.scheme.periodRule.rollUp: ");
    }

    @Test
    void numbersAndCapsRenderPlainly() {
        ValidationIssue issue = SchemeValidator.validate(s9(e -> e.category("GEN-BONUS",
                c -> c.withCap(Cap.between("70", "80"))))).errors().getFirst();
        assertThat(ValidationMessages.format(issue, Locale.ENGLISH))
                .isEqualTo("The range [70, 80] of category \"加分项\" contradicts the range [−∞, 60] of its parent"
                        + " category \"通用积分\"");
    }

    @Test
    void aReportWithErrorsIsNotPublishableButOneWithWarningsIs() {
        assertThat(new ValidationReport(List.of(ValidationIssue.warning("$.scheme", "k"))).publishable()).isTrue();
        assertThat(new ValidationReport(List.of(ValidationIssue.warning("$.scheme", "k"),
                ValidationIssue.error("$.scheme.id", "k"))).publishable()).isFalse();
        assertThat(ValidationReport.EMPTY.publishable()).isTrue();
    }
}
