package io.jifen.scheme.document;

import static io.jifen.scheme.document.Seeds.cat;
import static io.jifen.scheme.document.Seeds.claimed;
import static io.jifen.scheme.document.Seeds.fixed;
import static io.jifen.scheme.document.Seeds.item;
import static io.jifen.scheme.document.Seeds.opt;
import static io.jifen.scheme.document.Seeds.range;
import static io.jifen.scheme.document.Seeds.rule;
import static io.jifen.scoring.model.CategoryKind.BASE;
import static io.jifen.scoring.model.CategoryKind.BONUS;
import static io.jifen.scoring.model.CategoryKind.DEDUCTION;
import static io.jifen.scoring.model.CategoryKind.EVALUATION;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.ConsequenceTrigger.RankScope;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.FollowUp.Due;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Sources of the templates S1–S4; the JSON files in src/main/resources/templates are generated from these. */
final class SeedTemplatesA {

    static final String S3_STARS = "S3-STARS";

    private SeedTemplatesA() {
    }

    /** S1 区扶贫办党支部. */
    static SchemeVersion s1() {
        return SchemeVersion.builder("S1-v1").schemeId("S1").name("区扶贫办党支部 党员积分制管理考核实施方案（试行）")
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .periodRule(new PeriodRule(PeriodUnit.QUARTER, true, RollUp.AVERAGE_OF_SUBPERIODS, null, false, null))
                .memberClass(new MemberClass("S1-MEMBER", "党员", Points.of("60"), ExemptionRule.NOT_ALLOWED, 1))
                .category(cat("MEETINGS", null, "“三会一课”制度落实", BASE, Cap.max("15"), 1))
                .category(cat("THEME-DAY", null, "主题党日参与", BASE, Cap.max("9"), 2))
                .category(cat("DUES", null, "按时交纳党费", BASE, Cap.max("6"), 3))
                .category(cat("PIONEER", null, "先锋模范作用发挥", BONUS, Cap.max("10"), 4))
                .category(cat("DEDUCT", null, "扣分事项", DEDUCTION, Cap.min("-20"), 5))
                .item(fixed("MEETING", "MEETINGS", "参加支部党员大会、支委会、党小组会或党课", "2", 1))
                .item(fixed("THEME-DAY-JOIN", "THEME-DAY", "参加每月主题党日活动", "3", 3, 2))
                .item(fixed("DUES-PAID", "DUES", "按月足额交纳党费", "2", 3, 3))
                .item(claimed(range("OUTSTANDING", "PIONEER", "业务工作中勇挑重担、表现突出", "1", "5", 4), "BRANCH"))
                .item(claimed(fixed("VOLUNTEER", "PIONEER", "参加志愿服务、结对帮扶（巩固脱贫成果）", "2", 5), "BRANCH"))
                .item(fixed("ABSENT", "DEDUCT", "无故缺席组织生活", "2", 6))
                .item(fixed("DUES-LATE", "DEDUCT", "未按时交纳党费", "2", 7))
                .eligibility(new EligibilityRule("S1-ELITE", "年度积分高于90分：纳入单位评先选优对象，挂钩干部年度考核",
                        List.of(new EligibilityCondition.YearTotalAbove(Points.of("90"), false))))
                .consequence(rule("S1-PLAQUE", "季度积分靠前：颁发流动荣誉牌", Level.PERIOD,
                        new ConsequenceTrigger.TopN(1, RankScope.UNIT), "HONOUR_PLAQUE", "BRANCH", Due.NONE, null))
                .consequence(rule("S1-REMINDER", "季度积分滞后：谈话提醒", Level.PERIOD,
                        new ConsequenceTrigger.BottomN(1, RankScope.UNIT), "REMINDER_TALK", "BRANCH_SECRETARY",
                        Due.NONE, null))
                .workflow(new Workflow(List.of(new ReviewStep("BRANCH", "支部会议审核", "BRANCH_COMMITTEE"),
                        new ReviewStep("ASSEMBLY", "党员大会季度通报", "GENERAL_ASSEMBLY")), 0, 0))
                .build();
    }

    /** S2 xx街道xx社区. */
    static SchemeVersion s2() {
        return SchemeVersion.builder("S2-v1").schemeId("S2").name("xx街道xx社区 党员量化积分管理办法")
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .periodRule(new PeriodRule(PeriodUnit.QUARTER, true, RollUp.SUM, null, false, null))
                .memberClass(new MemberClass("S2-MEMBER", "社区党员（含入党积极分子、发展对象）", Points.ZERO,
                        ExemptionRule.NOT_ALLOWED, 1))
                .category(cat("BASIC-SERVICE", null, "基础服务项目", BONUS, Cap.NONE, 1))
                .category(cat("SPECIAL-SERVICE", null, "个性化服务项目", BONUS, Cap.NONE, 2))
                .category(cat("INCENTIVE", null, "加分激励", BONUS, Cap.NONE, 3))
                .item(claimed(fixed("POLICY", "BASIC-SERVICE", "政策宣传", "2", 1), "GRID"))
                .item(claimed(fixed("CULTURE", "BASIC-SERVICE", "文体乐民", "2", 2), "GRID"))
                .item(claimed(fixed("OPINION", "BASIC-SERVICE", "民情收集", "1", 3), "GRID"))
                .item(claimed(fixed("LEGAL-AID", "BASIC-SERVICE", "法律援助", "3", 4), "GRID"))
                .item(claimed(fixed("MEDIATION", "BASIC-SERVICE", "纠纷调解", "3", 5), "GRID"))
                .item(claimed(fixed("WISH", "SPECIAL-SERVICE", "“微心愿”", "3", 6), "GRID"))
                .item(claimed(fixed("RELIEF", "SPECIAL-SERVICE", "扶危济困助学捐助", "3", 7), "GRID"))
                .item(claimed(fixed("FAMILY", "SPECIAL-SERVICE", "好家庭好家风传承", "2", 8), "GRID"))
                .item(claimed(fixed("CITY", "SPECIAL-SERVICE", "城市精细化管理", "2", 9), "GRID"))
                .item(range("OUTSTANDING", "INCENTIVE", "日常表现特别优秀、作用发挥特别突出、工作成效特别显著", "1", "10", 10))
                .item(range("URGENT", "INCENTIVE", "承担急难险重任务、在关键时刻发挥重要作用", "1", "10", 11))
                .consequence(rule("S2-TOP10", "年度奉献积分前10名：表彰", Level.YEAR,
                        new ConsequenceTrigger.TopN(10, RankScope.ORGANIZATION), "COMMENDATION", "COMMUNITY_COMMITTEE",
                        Due.NONE, null))
                .consequence(rule("S2-BOTTOM3", "积分名次排后3位：社区党委书记帮扶谈话", Level.YEAR,
                        new ConsequenceTrigger.BottomN(3, RankScope.ORGANIZATION), "HELP_TALK", "COMMUNITY_SECRETARY",
                        Due.NONE, null))
                .workflow(new Workflow(List.of(new ReviewStep("GRID", "网格党员日记录、支部月总结", "SECRETARY"),
                        new ReviewStep("QUARTER", "季度末集中公开计分", "BRANCH_COMMITTEE")), 0, 0))
                .build();
    }

    /** S3 市社保中心: 8 dimensions with 29 indicators, plus the activists' own indicator system. */
    static SchemeVersion s3() {
        var b = SchemeVersion.builder("S3-v1").schemeId("S3").name("市社保中心 党员积分制考核管理实施办法")
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .periodRule(new PeriodRule(PeriodUnit.YEAR, true, RollUp.SUM, null, false, null))
                .memberClass(new MemberClass("S3-MEMBER", "党员及入党积极分子", Points.ZERO, ExemptionRule.NOT_ALLOWED, 1));
        String[][] dims = {
            {"D1", "履行党员义务", "BASE", "15"}, {"D2", "政治理论学习", "BASE", "15"},
            {"D3", "参加组织生活", "BASE", "15"}, {"D4", "履行岗位职责", "BASE", "20"},
            {"D5", "服务群众", "BASE", "10"}, {"D6", "社保扶贫攻坚", "BONUS", "10"},
            {"D7", "创新创优", "BONUS", "15"}, {"D8", "遵规守纪（扣分）", "DEDUCTION", "20"}};
        for (int i = 0; i < dims.length; i++) {
            String[] d = dims[i];
            var kind = io.jifen.scoring.model.CategoryKind.valueOf(d[2]);
            b.category(cat(d[0], null, d[1], kind, kind == DEDUCTION ? Cap.min("-" + d[3]) : Cap.max(d[3]), i + 1));
        }
        String[][] items = {
            {"D1", "按时足额交纳党费", "1"}, {"D1", "按时参加党员大会", "2"}, {"D1", "如实向党组织汇报思想", "2"},
            {"D1", "带头落实组织决定", "2"},
            {"D2", "参加集中学习", "1"}, {"D2", "完成学习强国等线上学习", "1"}, {"D2", "撰写心得体会", "2"},
            {"D2", "参加专题研讨发言", "2"},
            {"D3", "参加“三会一课”", "1"}, {"D3", "参加主题党日", "2"}, {"D3", "参加民主生活会、组织生活会", "3"},
            {"D3", "讲党课", "3"},
            {"D4", "按时完成岗位工作任务", "2"}, {"D4", "窗口服务零差错", "2"}, {"D4", "承担重点攻坚任务", "3"},
            {"D4", "受到服务对象书面表扬", "2"},
            {"D5", "参加志愿服务", "2"}, {"D5", "走访联系服务对象", "1"}, {"D5", "帮助群众解决实际困难", "2"},
            {"D6", "参与精准实施社保扶贫项目", "3"}, {"D6", "结对帮扶困难群众", "2"}, {"D6", "完成扶贫入户核查", "1"},
            {"D7", "提出合理化建议被采纳", "3"}, {"D7", "工作创新获上级推广", "5"}, {"D7", "受到上级表彰", "5"},
            {"D8", "无故缺席组织生活", "2"}, {"D8", "违反工作纪律受到通报", "5"}, {"D8", "服务对象有效投诉", "3"},
            {"D8", "违反廉洁纪律", "10"}};
        for (int i = 0; i < items.length; i++) {
            String[] it = items[i];
            b.item(claimed(fixed(String.format("%s-%02d", it[0], i + 1), it[0], it[1], it[2], i + 1), "SELF",
                    "GROUP", "BRANCH", "GENERAL", "PUBLISH").forStatuses(MemberStatus.FULL, MemberStatus.PROBATIONARY));
        }
        b.category(cat("ACT", null, "入党积极分子指标体系", BASE, Cap.max("100"), 9));
        String[][] act = {{"学习党章和党的基本知识", "5"}, {"按时向党组织递交思想汇报", "5"}, {"参加党组织活动", "5"},
            {"参加社保扶贫攻坚项目", "10"}, {"岗位工作实绩突出", "10"}};
        for (int i = 0; i < act.length; i++) {
            b.item(claimed(fixed(String.format("ACT-%02d", i + 1), "ACT", act[i][0], act[i][1], 30 + i), "GROUP",
                    "BRANCH").forStatuses(MemberStatus.ACTIVIST, MemberStatus.CANDIDATE));
        }
        return b.tierScheme(new TierScheme(S3_STARS, "星级党员", Set.of(Level.YEAR), List.of(
                        Tier.atLeast("5", "五星党员", "90"), Tier.atLeast("4", "四星党员", "80"),
                        Tier.atLeast("3", "三星党员", "70"), Tier.atLeast("2", "二星党员", "60"),
                        Tier.lowest("1", "一星党员"))))
                .eligibility(new EligibilityRule("S3-FIVE-STAR", "“五星党员”评选（颁发荣誉奖章）", List.of(
                        new EligibilityCondition.YearAtLeast(S3_STARS, "5"), new EligibilityCondition.NoVeto())))
                .eligibility(new EligibilityRule("S3-ADMISSION", "入党积极分子年度积分达标（能否入党的重要依据）",
                        List.of(new EligibilityCondition.YearTotalAbove(Points.of("60"), true))))
                .workflow(new Workflow(List.of(new ReviewStep("SELF", "党员自评", "MEMBER"),
                        new ReviewStep("GROUP", "小组初评", "GROUP_LEADER"),
                        new ReviewStep("BRANCH", "支部审核", "BRANCH_COMMITTEE"),
                        new ReviewStep("GENERAL", "总支审议", "GENERAL_BRANCH_COMMITTEE"),
                        new ReviewStep("PUBLISH", "公示", "GENERAL_BRANCH_COMMITTEE")), 0, 0))
                .build();
    }

    /** S4 市财政局 xx支部: 基本分 / 奉献分 (by level) / 扣减分 / 评议分. */
    static SchemeVersion s4() {
        return SchemeVersion.builder("S4-v1").schemeId("S4").name("市财政局xx支部 党员积分制管理工作实施方案")
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .periodRule(new PeriodRule(PeriodUnit.QUARTER, true, RollUp.SUM, null, false, null))
                .memberClass(new MemberClass("S4-MEMBER", "支部党员", Points.ZERO, ExemptionRule.NOT_ALLOWED, 1))
                .category(cat("BASIC", null, "基本分", BASE, Cap.max("60"), 1))
                .category(cat("DEVOTION", null, "奉献分", BONUS, Cap.max("20"), 2))
                .category(cat("DEDUCT", null, "扣减分", DEDUCTION, Cap.min("-20"), 3))
                .category(cat("REVIEW", null, "评议分", EVALUATION, Cap.max("20"), 4))
                .item(fixed("LIFE", "BASIC", "按时参加组织生活", "5", 6, 1))
                .item(fixed("STUDY", "BASIC", "参加每月集中学习", "5", 3, 2))
                .item(fixed("DUES", "BASIC", "按时交纳党费", "5", 3, 3))
                .item(claimed(item("ACTIVITY", "DEVOTION", "参加群团活动、志愿活动", ValueRule.options(
                        opt("NATIONAL", "国家级", "5"), opt("PROVINCE", "省级", "4"), opt("CITY", "市级", "3"),
                        opt("BUREAU", "局机关", "2"), opt("BRANCH", "本支部", "1")), null, 4), "PANEL"))
                .item(claimed(item("ARTICLE", "DEVOTION", "向宣传媒介媒体撰写投稿信息并被采用", ValueRule.options(
                        opt("NATIONAL", "国家级媒体", "5"), opt("PROVINCE", "省级媒体", "4"),
                        opt("CITY", "市级媒体", "3"), opt("BUREAU", "局机关网站、内刊", "1")), null, 5), "PANEL"))
                .item(fixed("ABSENT", "DEDUCT", "无故缺席组织生活", "3", 6))
                .item(fixed("LATE-DUES", "DEDUCT", "未按时交纳党费", "2", 7))
                .item(item("PEER", "REVIEW", "党员互评、考评小组评议", ValueRule.range("0", "20"),
                        OccurrenceCap.count(1), 8))
                .consequence(rule("S4-EXCELLENT", "积分处于前列：按支部优秀党员名额确定为优秀党员", Level.YEAR,
                        new ConsequenceTrigger.TopN(2, RankScope.UNIT), "EXCELLENT_MEMBER", "BRANCH", Due.NONE, null))
                .workflow(new Workflow(List.of(new ReviewStep("DECLARE", "每月最后一次集中学习时个人申报", "MEMBER"),
                        new ReviewStep("PANEL", "考评小组每月认定与评议", "REVIEW_PANEL"),
                        new ReviewStep("ANNOUNCE", "按季公开通报", "BRANCH_COMMITTEE")), 0, 0))
                .build();
    }

}
