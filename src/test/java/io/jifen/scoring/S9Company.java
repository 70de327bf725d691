package io.jifen.scoring;

import static io.jifen.scoring.model.CategoryKind.BASE;
import static io.jifen.scoring.model.CategoryKind.BONUS;
import static io.jifen.scoring.model.CategoryKind.DEDUCTION;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.util.List;
import java.util.Set;

/**
 * S9 公司 党员积分制管理实施方案 (五星) in code. From the seed: quarterly total 100 = 通用积分 60 (基础 55, 加分 ≤5,
 * 否决 ≤20, "视情况否决1－10分") + 个性积分 40 set by each branch (基础 35, 加分 ≤5, 否决 ≤10); 每季季初清零; annual =
 * average of the quarters; 五星 ≥90, 四星 ≥80, 三星 ≥70, 二星 ≥60, 一星 <60; 优秀共产党员: every quarter ≥ 四星 and annual
 * 五星; 二星 / 一星 → talk with the branch secretary the same month; 民主评议: 五星 优秀, 四/三星 合格, 二星 基本合格,
 * 一星 不合格; long-ill members may be left out.
 *
 * <p>The company scheme leaves 个性积分's three sub-categories open with their caps as budgets; {@link #branch()} is
 * a branch's own part. Items of 通用 基础项 are stand-ins adding up to 55 (the 考评表 is not in the seed).
 */
final class S9Company {

    static final String STARS = "S9-STARS";
    static final String APPRAISAL = "S9-APPRAISAL";

    private S9Company() {
    }

    static SchemeVersion scheme() {
        return SchemeVersion.builder("S9-v1").name("党员积分制管理实施方案")
                .periodRule(new PeriodRule(PeriodUnit.QUARTER, true, RollUp.AVERAGE_OF_SUBPERIODS, null, false, null))
                .memberClass(MemberClass.of("S9-STAFF", "在职在岗党员", "0", ExemptionRule.EXCLUDE))
                .category(Category.of("GEN", null, "通用积分", BASE, Cap.max("60")))
                .category(Category.of("GEN-BASE", "GEN", "基础项", BASE, Cap.max("55")))
                .category(Category.of("GEN-BONUS", "GEN", "加分项", BONUS, Cap.max("5")))
                .category(Category.of("GEN-VETO", "GEN", "否决项", DEDUCTION, Cap.min("-20")))
                .category(Category.of("PER", null, "个性积分", BASE, Cap.max("40")))
                .category(Category.of("PER-BASE", "PER", "个性基础项", BASE, Cap.max("35")).open())
                .category(Category.of("PER-BONUS", "PER", "个性加分项", BONUS, Cap.max("5")).open())
                .category(Category.of("PER-VETO", "PER", "个性否决项", DEDUCTION, Cap.min("-10")).open())
                .item(Item.fixed("GEN-MEETING", "GEN-BASE", "按时参加组织生活", "5").withCap(OccurrenceCap.count(5)))
                .item(Item.fixed("GEN-STUDY", "GEN-BASE", "参加政治学习", "5").withCap(OccurrenceCap.count(3)))
                .item(Item.fixed("GEN-DUES", "GEN-BASE", "按月交纳党费", "5").withCap(OccurrenceCap.count(3)))
                .item(Item.of("GEN-OUTSTANDING", "GEN-BONUS", "履职尽责表现突出", ValueRule.range("1", "5")))
                .item(Item.of("GEN-RULES", "GEN-VETO", "违反公司各项规章制度", ValueRule.range("1", "10")))
                .tierScheme(new TierScheme(STARS, "星级党员", Set.of(Level.PERIOD, Level.YEAR), List.of(
                        Tier.atLeast("5", "五星", "90"), Tier.atLeast("4", "四星", "80"),
                        Tier.atLeast("3", "三星", "70"), Tier.atLeast("2", "二星", "60"), Tier.lowest("1", "一星"))))
                .tierScheme(new TierScheme(APPRAISAL, "民主评议参考", Set.of(Level.YEAR), List.of(
                        Tier.atLeast("EXCELLENT", "优秀", "90"), Tier.atLeast("PASS", "合格", "70"),
                        Tier.atLeast("BASIC", "基本合格", "60"), Tier.lowest("FAIL", "不合格"))))
                .eligibility(new EligibilityRule("S9-EXCELLENT", "优秀共产党员评选", List.of(
                        new EligibilityCondition.EveryPeriodAtLeast(STARS, "4"),
                        new EligibilityCondition.YearAtLeast(STARS, "5"))))
                .consequence(new ConsequenceRule("S9-TALK", "二星、一星：当月重点约谈", Level.PERIOD,
                        new ConsequenceTrigger.AtOrBelowTier(STARS, "2"), null,
                        new FollowUp("TALK", "BRANCH_SECRETARY", "党支部书记在评定结果出来的当月进行重点约谈",
                                FollowUp.Due.SAME_MONTH, null)))
                .workflow(new Workflow(List.of(new ReviewStep("SELF", "党员自评", "MEMBER"),
                        new ReviewStep("GROUP", "党小组补充", "GROUP_LEADER"),
                        new ReviewStep("BRANCH", "党支部审核", "BRANCH_COMMITTEE"),
                        new ReviewStep("PUBLISH", "结果公示", "BRANCH_COMMITTEE"),
                        new ReviewStep("ASSEMBLY", "大会通报", "GENERAL_ASSEMBLY")), 0, 0))
                .build();
    }

    /** A branch's 个性积分: its own items inside the budget (35 / 5 / 10). */
    static SchemeVersion branch() {
        return SchemeVersion.builder("S9-BRANCH-A-v1").schemeId("S9-BRANCH-A").parent("S9-v1")
                .name("第一党支部个性积分")
                .item(Item.fixed("A-DUTY", "PER-BASE", "岗位履职达标（每月）", "7").withCap(OccurrenceCap.count(5)))
                .item(Item.of("A-INNOVATION", "PER-BONUS", "技术创新、合理化建议", ValueRule.range("1", "5"))
                        .recordedBy(Set.of(Recorder.SELF_CLAIM), true, List.of("BRANCH")))
                .item(Item.of("A-VETO", "PER-VETO", "支部认定的否决行为", ValueRule.range("1", "10")))
                .build();
    }
}
