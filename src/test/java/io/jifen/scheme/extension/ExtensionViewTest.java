package io.jifen.scheme.extension;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.extension.ExtensionChanges.Change;
import io.jifen.scheme.extension.ExtensionChanges.Kind;
import io.jifen.scheme.extension.ExtensionView.Access;
import io.jifen.scheme.extension.ExtensionView.Budget;
import io.jifen.scheme.validation.SchemeValidator;
import io.jifen.scheme.validation.ValidationIssue;
import io.jifen.scheme.validation.ValidationMessages;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.ValueRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The extension model on the S9 templates: the company scheme (通用 60 + 个性 40; 个性 open to the branches with the
 * budgets 基础 35, 加分 ≤5, 否决 ≤10) and the first branch's extension (7 × 5 = 35, a reviewer range 1–5, a
 * reviewer range 1–10).
 */
class ExtensionViewTest {

    private static final SchemeVersion COMPANY = SchemeTemplates.load("s09-gongsi-wuxing").scheme();
    private static final SchemeVersion BRANCH = SchemeTemplates.load("s09-gongsi-zhibu").scheme();

    @Test
    void budgetsOfS9sOpenCategoriesAreUsedUpExactlyByTheBranch() {
        ExtensionView view = ExtensionView.of(BRANCH, COMPANY);
        // A-DUTY 7 points × at most 5 = 35 of 35; A-INNOVATION up to 5 of 5; A-VETO up to 10 of 10 (a magnitude)
        assertThat(view.budgets()).extracting(b -> b.categoryId() + " " + plain(b.used()) + "/" + plain(b.granted()))
                .containsExactly("PER-BASE 35/35", "PER-BONUS 5/5", "PER-VETO 10/10");
        assertThat(view.budgets()).noneMatch(Budget::over);
    }

    @Test
    void theParentsNodesAreLockedAndOnlyTheOpenCategoriesTakeTheBranchsItems() {
        ExtensionView view = ExtensionView.of(BRANCH, COMPANY);
        assertThat(view.access("GEN")).isEqualTo(Access.LOCKED);
        assertThat(view.access("GEN-MEETING")).isEqualTo(Access.LOCKED);
        assertThat(view.lockMark("PER-BASE")).isTrue();
        assertThat(view.editable("GEN-BONUS")).isFalse();
        assertThat(view.access("A-DUTY")).isEqualTo(Access.OWN);
        assertThat(view.editable("A-DUTY")).isTrue();
        assertThat(COMPANY.categories()).filteredOn(c -> view.open(c.id())).extracting(c -> c.id())
                .containsExactly("PER-BASE", "PER-BONUS", "PER-VETO");
    }

    @Test
    void anOverBudgetItemIsRefusedAtTheFieldThatDecidesItsReach() {
        // six 7-point occurrences reach 42 of the 35 granted: the count cap is the field to fix
        SchemeVersion sixTimes = withItem(BRANCH, "A-DUTY", i -> i.withCap(OccurrenceCap.count(6)));
        ValidationIssue issue = ExtensionView.budgetIssue(sixTimes, COMPANY, "A-DUTY").orElseThrow();
        assertThat(issue.path()).isEqualTo("$.scheme.items[0].cap.maxCount");
        assertThat(issue.isError()).isTrue();
        assertThat(ValidationMessages.format(issue, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“岗位履职达标（每月）”每期最多可得 42 分，使类别“个性基础项”达到 42 分，超出上级方案核定的 35 分额度");
        assertThat(ValidationMessages.format(issue, Locale.ENGLISH)).contains("42", "35", "个性基础项");
        assertThat(ExtensionView.of(sixTimes, COMPANY).budget("PER-BASE").orElseThrow().over()).isTrue();
        // the validator refuses the same draft (it points at the category's first item)
        assertThat(SchemeValidator.validate(sixTimes, COMPANY).errors()).extracting(ValidationIssue::key)
                .contains("scheme.validation.inheritance.budgetExceeded");

        // a reviewer range up to 6 in the 5-point bonus budget: the value is the field
        SchemeVersion upToSix = withItem(BRANCH, "A-INNOVATION",
                i -> new Item(i.id(), i.categoryId(), i.name(), ValueRule.range("1", "6"), i.cap(), i.recordedBy(),
                        i.evidenceRequired(), i.reviewStepIds(), i.memberClassIds(), i.statuses(), i.veto(),
                        i.locked(), i.order()));
        assertThat(ExtensionView.budgetIssue(upToSix, COMPANY, "A-INNOVATION")).get()
                .extracting(ValidationIssue::path).isEqualTo("$.scheme.items[1].value");
        // items that fit, and an item the draft does not have, give nothing
        assertThat(ExtensionView.budgetIssue(BRANCH, COMPANY, "A-DUTY")).isEmpty();
        assertThat(ExtensionView.budgetIssue(upToSix, COMPANY, "A-VETO")).isEmpty();
        assertThat(ExtensionView.budgetIssue(BRANCH, COMPANY, "GEN-MEETING")).isEmpty();
    }

    @Test
    void theBranchsAdditionsReadInWords() {
        List<Change> changes = ExtensionChanges.of(BRANCH, COMPANY);
        assertThat(changes).extracting(Change::kind).containsOnly(Kind.ADDED);
        assertThat(changes).extracting(c -> c.format(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "新增积分项“岗位履职达标（每月）”（在“个性基础项”中，每期最多 35 分）",
                "新增积分项“技术创新、合理化建议”（在“个性加分项”中，每期最多 5 分）",
                "新增积分项“支部认定的否决行为”（在“个性否决项”中，每期最多 10 分）");
        assertThat(changes.getFirst().format(Locale.ENGLISH))
                .isEqualTo("Adds item \"岗位履职达标（每月）\" (in \"个性基础项\", up to 35 points per period)");
    }

    @Test
    void overridesRemovalsAndReplacedPartsReadInWords() {
        // a parent that leaves two of its 基础项 items unlocked (S7: the township changes and drops county items)
        SchemeVersion parent = withItem(withItem(COMPANY, "GEN-STUDY", Item::unlocked), "GEN-DUES", Item::unlocked);
        Item study = parent.items().stream().filter(i -> i.id().equals("GEN-STUDY")).findFirst().orElseThrow();
        SchemeVersion extension = new SchemeVersion(BRANCH.id(), BRANCH.schemeId(), BRANCH.name(), 1,
                BRANCH.parentVersionId(), null, null, List.of(), List.of(),
                List.of(study.withCap(OccurrenceCap.count(2))), List.of(), List.of(), List.of(), null, null,
                List.of("GEN-DUES"), null);
        ExtensionView view = ExtensionView.of(extension, parent);
        assertThat(view.access("GEN-STUDY")).isEqualTo(Access.OVERRIDDEN);
        assertThat(view.access("GEN-MEETING")).isEqualTo(Access.LOCKED);
        assertThat(view.effective().items()).extracting(Item::id).doesNotContain("GEN-DUES");
        assertThat(ExtensionChanges.of(extension, parent)).extracting(c -> c.format(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("调整上级积分项“参加政治学习”（现为“参加政治学习”，每期最多 15 分 → 10 分）",
                        "删除上级积分项“按月交纳党费”（原在“基础项”中）");
    }

    private static SchemeVersion withItem(SchemeVersion s, String id, UnaryOperator<Item> change) {
        return new SchemeVersion(s.id(), s.schemeId(), s.name(), s.version(), s.parentVersionId(), s.effectiveFrom(),
                s.periodRule(), s.memberClasses(), s.categories(),
                s.items().stream().map(i -> i.id().equals(id) ? change.apply(i) : i).toList(), s.tierSchemes(),
                s.eligibilityRules(), s.consequenceRules(), s.workflow(), s.unlockedParts(), s.removedIds(),
                s.ranking());
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
