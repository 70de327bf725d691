package io.jifen.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scoring.inherit.Resolution;
import io.jifen.scoring.inherit.SchemeResolver;
import io.jifen.scoring.inherit.Violation;
import io.jifen.scoring.inherit.Violation.Code;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemePart;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inheritance: a branch adds inside the budget its parent grants and changes only what the parent left unlocked. */
class SchemeResolverTest {

    private static SchemeVersion.Builder branch() {
        return SchemeVersion.builder("BR").parent("S9-v1");
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                // 6 × 7 = 42 > the 35 the company grants for 个性基础项
                Arguments.of("base items over budget", (UnaryOperator<SchemeVersion.Builder>) b -> b.item(
                        Item.fixed("X", "PER-BASE", "duty", "7").withCap(OccurrenceCap.count(6))),
                        Code.BUDGET_EXCEEDED, "category:PER-BASE"),
                // a points cap of 12 > the 10 granted for 个性否决项
                Arguments.of("veto items over budget", (UnaryOperator<SchemeVersion.Builder>) b -> b.item(
                        Item.of("X", "PER-VETO", "veto", ValueRule.range("1", "10"))
                                .withCap(OccurrenceCap.points("12"))), Code.BUDGET_EXCEEDED, "category:PER-VETO"),
                // two bonus items of 3 each nominally reach 6 > 5
                Arguments.of("two bonus items over budget", (UnaryOperator<SchemeVersion.Builder>) b -> b
                        .item(Item.fixed("X1", "PER-BONUS", "a", "3")).item(Item.fixed("X2", "PER-BONUS", "b", "3")),
                        Code.BUDGET_EXCEEDED, "category:PER-BONUS"),
                Arguments.of("item in a closed category", (UnaryOperator<SchemeVersion.Builder>) b -> b.item(
                        Item.fixed("X", "GEN-BASE", "extra", "1")), Code.ADDED_UNDER_CLOSED_CATEGORY, "item:X"),
                Arguments.of("new top-level category", (UnaryOperator<SchemeVersion.Builder>) b -> b.category(
                        Category.of("NEW", null, "new", CategoryKind.BONUS, null)), Code.ADDED_AT_TOP_LEVEL,
                        "category:NEW"),
                Arguments.of("change a locked item", (UnaryOperator<SchemeVersion.Builder>) b -> b.item(
                        Item.fixed("GEN-MEETING", "GEN-BASE", "meeting", "9")), Code.LOCKED_CHANGED,
                        "item:GEN-MEETING"),
                Arguments.of("change a locked category cap", (UnaryOperator<SchemeVersion.Builder>) b -> b.category(
                        Category.of("GEN-BONUS", "GEN", "加分项", CategoryKind.BONUS, Mini.cap(null, "15"))),
                        Code.LOCKED_CHANGED, "category:GEN-BONUS"),
                Arguments.of("remove a locked item", (UnaryOperator<SchemeVersion.Builder>) b -> b.remove("GEN-DUES"),
                        Code.LOCKED_REMOVED, "GEN-DUES"),
                Arguments.of("remove something unknown", (UnaryOperator<SchemeVersion.Builder>) b -> b.remove("NOPE"),
                        Code.UNKNOWN_REMOVED, "NOPE"),
                Arguments.of("replace the period rule", (UnaryOperator<SchemeVersion.Builder>) b -> b.periodRule(
                        new PeriodRule(PeriodUnit.MONTH, true, RollUp.SUM, null, false, null)), Code.PART_LOCKED,
                        "part:PERIOD_RULE"),
                Arguments.of("item in an unknown category", (UnaryOperator<SchemeVersion.Builder>) b -> b.item(
                        Item.fixed("X", "NOWHERE", "x", "1")), Code.UNKNOWN_CATEGORY, "item:X"),
                Arguments.of("wrong parent", (UnaryOperator<SchemeVersion.Builder>) b -> b.parent("OTHER"),
                        Code.WRONG_PARENT, "scheme:BR"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void reportsViolation(String name, UnaryOperator<SchemeVersion.Builder> edit, Code code, String ref) {
        Resolution r = SchemeResolver.resolve(SeedFixtures.s9(), edit.apply(branch()).build());
        assertThat(r.ok()).isFalse();
        assertThat(r.violations()).extracting(Violation::code, Violation::ref)
                .contains(org.assertj.core.groups.Tuple.tuple(code, ref));
    }

    @Test
    void lockedChangesAreNotAppliedToTheEffectiveScheme() {
        Resolution r = SchemeResolver.resolve(SeedFixtures.s9(), branch()
                .item(Item.fixed("GEN-MEETING", "GEN-BASE", "meeting", "9")).remove("GEN-DUES").build());
        assertThat(r.effective().items()).filteredOn(i -> i.id().equals("GEN-MEETING"))
                .extracting(i -> ((ValueRule.Fixed) i.value()).points().intValue()).containsExactly(5);
        assertThat(r.effective().items()).extracting(Item::id).contains("GEN-DUES");
    }

    @Test
    void branchItemsInsideTheBudgetResolveCleanly() {
        Resolution r = SchemeResolver.resolve(SeedFixtures.s9(), SeedFixtures.s9Branch());
        assertThat(r.ok()).isTrue();
        assertThat(r.effective().parentVersionId()).isNull();
        assertThat(r.effective().id()).isEqualTo("S9-BRANCH-A-v1");
        assertThat(r.effective().items()).extracting(Item::id).contains("GEN-MEETING", "A-DUTY", "A-INNOVATION");
        assertThat(r.effective().tierSchemes()).isEqualTo(SeedFixtures.s9().tierSchemes());
        assertThat(r.lineage()).containsExactly("S9-v1", "S9-BRANCH-A-v1");
    }

    /** S7: the county list; the township adds bonus items and removes two (unlocked) deduction items. */
    @Test
    void townshipAddsAndRemovesWhatTheCountyLeftOpen() {
        SchemeVersion county = SchemeVersion.builder("COUNTY").periodRule(new PeriodRule(PeriodUnit.QUARTER, true,
                        RollUp.SUM, null, false, null))
                .category(Category.of("PLUS", null, "加分项目", CategoryKind.BONUS, null).open())
                .category(Category.of("MINUS", null, "扣分项目", CategoryKind.DEDUCTION, null).open())
                .item(Item.fixed("P1", "PLUS", "county bonus", "2"))
                .item(Item.fixed("M1", "MINUS", "county deduction 1", "2").unlocked())
                .item(Item.fixed("M2", "MINUS", "county deduction 2", "2").unlocked())
                .item(Item.fixed("M3", "MINUS", "county deduction 3", "2"))
                .unlock(SchemePart.WORKFLOW)
                .build();
        SchemeVersion township = SchemeVersion.builder("TOWN").parent("COUNTY")
                .item(Item.fixed("T1", "PLUS", "township bonus", "3")).remove("M1").remove("M2").build();
        Resolution r = SchemeResolver.resolveChain(List.of(county, township));
        assertThat(r.ok()).isTrue();
        assertThat(r.effective().items()).extracting(Item::id).containsExactly("P1", "M3", "T1");
        // the township's own branches may not touch the workflow unless the township unlocks it again
        assertThat(r.effective().unlockedParts()).isEmpty();
    }

    @Test
    void removingACategoryTakesItsContentWithIt() {
        SchemeVersion parent = SchemeVersion.builder("P").periodRule(new PeriodRule(PeriodUnit.YEAR, true,
                        RollUp.SUM, null, false, null))
                .category(Category.of("A", null, "a", CategoryKind.BONUS, null).unlocked())
                .category(Category.of("A1", "A", "a1", CategoryKind.BONUS, null))
                .item(Item.fixed("I", "A1", "i", "1"))
                .build();
        Resolution r = SchemeResolver.resolve(parent, SchemeVersion.builder("C").parent("P").remove("A").build());
        assertThat(r.ok()).isTrue();
        assertThat(r.effective().categories()).isEmpty();
        assertThat(r.effective().items()).isEmpty();
    }
}
