package io.jifen.scheme.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.Phrase;
import io.jifen.shared.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The diff of two scheme versions reads as a list of changes in words, in Chinese and in English. */
class SchemeDiffTest {

    @Test
    void twoVersionsOfS10ListTheirChangesInWords() {
        List<Phrase> changes = SchemeDiff.between(S10Changes.before(), S10Changes.after());

        assertThat(render(changes, Messages.CHINESE)).containsExactlyElementsOf(S10Changes.CHINESE);
        assertThat(render(changes, Locale.ENGLISH)).containsExactlyElementsOf(S10Changes.ENGLISH);
        // machine-readable too: the key and the typed operands, e.g. the cap as numbers
        assertThat(changes.getFirst().key()).isEqualTo("scheme.diff.category.cap");
        assertThat(changes.getFirst().operands()).extracting(String::valueOf)
                .containsExactly("奖励积分", "10.00", "12.00");
    }

    @Test
    void theReverseDiffUndoesEveryChange() {
        List<String> back = render(SchemeDiff.between(S10Changes.after(), S10Changes.before()), Messages.CHINESE);
        assertThat(back).contains("类别「奖励积分」上限 12 → 10", "新增指标「志愿服务」（类别「服务群众」，每次 2 分）",
                "删除指标「读书笔记」（类别「学习教育」）", "指标「弘扬正气、见义勇为」更名为「弘扬正气」");
    }

    @Test
    void aVersionComparedWithItselfHasNoChanges() {
        for (String id : SchemeTemplates.ids()) {
            SchemeVersion v = SchemeTemplates.load(id).scheme();
            assertThat(SchemeDiff.between(v, v)).as(id).isEmpty();
        }
    }

    /**
     * Two different schemes touch every part (period rule, classes, categories, items, tiers, eligibility,
     * consequences, workflow): every line has its words in both languages — no missing key, no enum constant.
     */
    @Test
    void everyPartOfTheSchemeReadsInWordsInBothLanguages() {
        List<String> ids = SchemeTemplates.ids().stream()
                .filter(id -> !SchemeTemplates.load(id).scheme().isExtension()).toList();
        for (int i = 0; i + 1 < ids.size(); i++) {
            List<Phrase> changes = SchemeDiff.between(SchemeTemplates.load(ids.get(i)).scheme(),
                    SchemeTemplates.load(ids.get(i + 1)).scheme());
            assertThat(changes).as(ids.get(i)).isNotEmpty();
            for (Locale locale : List.of(Messages.CHINESE, Locale.ENGLISH)) {
                for (String line : render(changes, locale)) {
                    assertThat(line).as(line).doesNotContain("!", "{", "scheme.diff", "COMMITTEE", "SECRETARY");
                    for (Enum<?>[] values : List.<Enum<?>[]>of(CategoryKind.values(), RollUp.values(),
                            PeriodUnit.values())) {
                        for (Enum<?> e : values) {
                            assertThat(line).as(line).doesNotContain(e.name());
                        }
                    }
                }
            }
        }
    }

    @Test
    void aMovedItemAndAChangedPeriodRuleAreSaidSo() {
        SchemeVersion s10 = S10Changes.before();
        var moved = s10.items().stream().map(i -> i.id().equals("REWARD-OTHER")
                ? new io.jifen.scoring.model.Item(i.id(), "RIGHT", i.name(), i.value(), i.cap(), i.recordedBy(),
                i.evidenceRequired(), i.reviewStepIds(), i.memberClassIds(), i.statuses(), i.veto(), i.locked(),
                i.order(), i.windowCap()) : i).toList();
        SchemeVersion after = new SchemeVersion(s10.id(), s10.schemeId(), s10.name(), s10.version(), null,
                s10.effectiveFrom(), s10.periodRule().withYearStart(7), s10.memberClasses(), s10.categories(), moved,
                s10.tierSchemes(), s10.eligibilityRules(), s10.consequenceRules(), s10.workflow(),
                s10.unlockedParts(), s10.removedIds(), s10.ranking());
        assertThat(render(SchemeDiff.between(s10, after), Messages.CHINESE)).containsExactly(
                "积分周期考核年度起始月份：1 → 7",
                "指标「其他先锋模范作用（支委会讨论，党委批准）」从类别「奖励积分」移到「弘扬正气」");
    }

    static List<String> render(List<Phrase> changes, Locale locale) {
        return changes.stream().map(p -> ExplanationMessages.format(p, locale)).toList();
    }
}
