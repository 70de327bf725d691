package io.jifen.scheme.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.SchemeVersion;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain-language summary: S10's caps, tiers and veto rule in Chinese with the template's numbers; English too. */
class SchemeSummaryTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final SchemeVersion S10 = SchemeTemplates.load("s10-guandao-gongsi").scheme();

    @Test
    void s10InChineseStatesItsCapsTiersAndVeto() {
        List<String> lines = SchemeSummary.of(S10, null).lines(CHINESE);

        assertThat(lines.getFirst()).isEqualTo("xx管道党员积分管理办法——党员积分制管理摘要");
        assertThat(lines).containsSubsequence("考核周期", "按年考核。", "每年开始时积分清零，重新计分。");
        // caps: 日常行为 75 (学习教育 33 …), 评议 25 × 50 %, 奖励 ≤ 10, an item counted once a year
        assertThat(lines).contains("“日常行为积分”（基础分；每年最多 75 分）", "“学习教育”（基础分；每年最多 33 分）",
                "“评议积分”（评议分；每年最多 25 分；按 50% 计入）", "“奖励积分”（加分；每年最多 10 分）",
                "遵纪守法无违规：每次加 8 分（每年最多计 1 次）",
                "撰写党建调研文章：在《xx管道》发表加 2 分；在外部杂志发表加 5 分",
                "党员民主评议：优秀加 23～25 分；合格加 15～22 分；基本合格加 0～14 分；不合格加 0 分（每年最多计 2 次）");
        // tiers 优秀 ≥ 90, 合格 80–89, 基本合格 60–79, 不合格 < 60
        assertThat(lines).containsSubsequence("等次", "评定格次（按年度评定）", "优秀：90 分及以上",
                "合格：80 分及以上、不足 90 分", "基本合格：60 分及以上、不足 80 分", "不合格：不足 60 分");
        assertThat(lines).containsSubsequence("一票否决", "有“违法、违纪、违规行为”情形的，不论积分多少，直接评为不合格。");
        assertThat(lines).contains("连续 2 个年度“评定格次”为不合格的：支部书记重点教育，指派人员一对一帮扶",
                "审核流程：部门负责人签注 → 支委会初评 → 党员大会评定。");
    }

    @Test
    void s10InEnglish() {
        List<String> lines = SchemeSummary.of(S10, null).lines(Locale.ENGLISH);

        assertThat(lines).contains("Members are assessed every year.", "\"奖励积分\" (Bonus; at most 10 points per year)",
                "合格: 80 points or more, below 90", "不合格: below 60 points",
                "Anyone with \"违法、违纪、违规行为\" is graded 不合格 directly, whatever the points.");
    }

    @Test
    void s9StatesTheQuarterlyResetTheAverageAndTheEligibilityRule() {
        List<String> lines = SchemeSummary.of(SchemeTemplates.load("s09-gongsi-wuxing").scheme(), null).lines(CHINESE);

        assertThat(lines).contains("每季度开始时积分清零，重新计分。", "年度积分为各季度积分的平均分。",
                "“否决项”（扣分；每季度最多扣 20 分）", "星级党员（按季度、年度评定）",
                "“优秀共产党员评选”须同时符合以下条件：", "每季度的“星级党员”均为四星及以上", "年度“星级党员”为五星",
                "季度“星级党员”为二星及以下的：党支部书记在评定结果出来的当月进行重点约谈（当月内完成）");
    }

    @Test
    void aBranchExtensionIsSummarizedWithItsParentsRules() {
        SchemeVersion company = SchemeTemplates.load("s09-gongsi-wuxing").scheme();
        SchemeVersion branch = SchemeTemplates.load("s09-gongsi-zhibu").scheme();

        List<String> lines = SchemeSummary.of(branch, company).lines(CHINESE);

        assertThat(lines).containsSubsequence("“个性基础项”（基础分；每季度最多 35 分）", "岗位履职达标（每月）：每次加 7 分（每季度最多计 5 次）");
        assertThat(lines).contains("五星：90 分及以上");
    }

    static List<String> templates() {
        return SchemeTemplates.ids();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateReadsInBothLanguagesWithoutAMissingKey(String id) {
        SchemeVersion scheme = SchemeTemplates.load(id).scheme();
        SchemeVersion parent = scheme.parentVersionId() == null ? null : SchemeTemplates.ids().stream()
                .map(t -> SchemeTemplates.load(t).scheme()).filter(s -> s.id().equals(scheme.parentVersionId()))
                .findFirst().orElseThrow();
        for (Locale locale : List.of(CHINESE, Locale.ENGLISH)) {
            assertThat(SchemeSummary.of(scheme, parent).lines(locale)).as(id + " " + locale)
                    .noneMatch(l -> l.contains("!summary.") || l.contains("!explain.") || l.contains("!schemes."));
        }
    }

    /** Rules 1–6 (window caps, interim periods, category rhythm and bases, ranking) read in both languages too. */
    @Test
    void theRuleSchemesReadWithoutAMissingKey() {
        SchemeVersion company = io.jifen.scoring.RuleSchemes.rule4Company();
        for (SchemeVersion scheme : List.of(io.jifen.scoring.RuleSchemes.rule1(), io.jifen.scoring.RuleSchemes.rule2(),
                io.jifen.scoring.RuleSchemes.rule3(), company, io.jifen.scoring.RuleSchemes.rule5(),
                io.jifen.scoring.RuleSchemes.rule6())) {
            for (Locale locale : List.of(CHINESE, Locale.ENGLISH)) {
                assertThat(SchemeSummary.of(scheme, null).lines(locale)).as(scheme.id()).noneMatch(l -> l.contains("!"));
            }
        }
        assertThat(SchemeSummary.of(io.jifen.scoring.RuleSchemes.rule4Branch("35"), company).lines(CHINESE))
                .noneMatch(l -> l.contains("!"));
        assertThat(SchemeSummary.of(io.jifen.scoring.RuleSchemes.rule1(), null).lines(CHINESE))
                .anyMatch(l -> l.contains("每年最多 12 分"));
    }

    @Test
    void theDialogShowsTheSummaryAndPrintsItAlone() {
        MockVaadin.setup();
        try {
            UI.getCurrent().setLocale(CHINESE);
            SchemeSummaryDialog dialog = new SchemeSummaryDialog(S10, null);
            dialog.open();

            assertThat(dialog.getHeaderTitle()).isEqualTo("方案摘要");
            assertThat(dialog.content.getInnerHtml()).contains("<h2>等次</h2>", "<li class=\"depth-1\">优秀：90 分及以上</li>");
            assertThat(dialog.printable()).startsWith("<!DOCTYPE html><html lang=\"zh-CN\">")
                    .contains("@page { size: A4;", "<h1>xx管道党员积分管理办法——党员积分制管理摘要</h1>");
            assertThat(dialog.print.getText()).isEqualTo("打印");
            dialog.print.click();
        } finally {
            MockVaadin.tearDown();
        }
    }

    @Test
    void textFromTheSchemeIsEscaped() {
        assertThat(SummaryHtml.escape("<b>“A&B”</b>")).isEqualTo("&lt;b&gt;“A&amp;B”&lt;/b&gt;");
    }
}
