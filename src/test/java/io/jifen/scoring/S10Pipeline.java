package io.jifen.scoring;

import static io.jifen.scoring.model.CategoryKind.BASE;
import static io.jifen.scoring.model.CategoryKind.BONUS;
import static io.jifen.scoring.model.CategoryKind.EVALUATION;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
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
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * S10 管道公司 in code. Numbers from the seed: 日常行为 75 (学习教育 33, 争创佳绩 20, 服务群众 8, 遵纪守法 8,
 * 弘扬正气 6); 评议 25 (优秀 23–25, 合格 15–22, 基本合格 ≤14, 不合格 0; each × 50 %); 奖励 ≤ 10 (《xx管道》+2,
 * external +5; 集团公司 +5, 天然气分公司 +4, 管道公司 +3; other up to 10); grades 优秀 ≥90, 合格 80–89, 基本合格 60–79,
 * 不合格 <60; 违法/违纪/违规 → 不合格 directly; 两次不合格 in a row → 一对一帮扶.
 *
 * <p>Our reading: entries are recorded each quarter, but the assessment that contains both democratic evaluations
 * (before 七一 and at year end) is the year, so the assessed unit is YEAR and the caps are per year. The individual
 * items of 日常行为 ("x个量化计分项") are not listed in the seed; the ones below are plausible stand-ins.
 */
final class S10Pipeline {

    static final String GRADE = "S10-GRADE";

    private S10Pipeline() {
    }

    static SchemeVersion scheme() {
        return SchemeVersion.builder("S10-v1").name("xx管道党员积分管理办法").effectiveFrom(LocalDate.of(2025, 1, 1))
                .periodRule(new PeriodRule(PeriodUnit.YEAR, true, RollUp.SUM, null, false, null))
                .memberClass(MemberClass.of("S10-ALL", "党员", "0", null))
                .category(Category.of("DAILY", null, "日常行为积分", BASE, Cap.max("75")))
                .category(Category.of("STUDY", "DAILY", "学习教育", BASE, Cap.max("33")))
                .category(Category.of("ACHIEVE", "DAILY", "争创佳绩", BASE, Cap.max("20")))
                .category(Category.of("SERVE", "DAILY", "服务群众", BASE, Cap.max("8")))
                .category(Category.of("LAW", "DAILY", "遵纪守法", BASE, Cap.max("8")))
                .category(Category.of("RIGHT", "DAILY", "弘扬正气", BASE, Cap.max("6")))
                .category(Category.of("EVAL", null, "评议积分", EVALUATION, Cap.max("25")).withWeight("0.5"))
                .category(Category.of("REWARD", null, "奖励积分", BONUS, Cap.max("10")))
                .item(Item.fixed("STUDY-MEETING", "STUDY", "参加“三会一课”", "3"))
                .item(Item.of("ACHIEVE-TASK", "ACHIEVE", "岗位工作任务完成情况（自评，部门负责人签注）",
                        ValueRule.range("0", "20")).recordedBy(Set.of(Recorder.SELF_CLAIM), true,
                                List.of("DEPT-HEAD", "COMMITTEE")))
                .item(Item.fixed("SERVE-VOLUNTEER", "SERVE", "志愿服务", "2"))
                .item(Item.fixed("LAW-KEPT", "LAW", "遵纪守法无违规", "8").withCap(OccurrenceCap.count(1)))
                .item(Item.fixed("LAW-VIOLATION", "LAW", "违法、违纪、违规行为", "0").asVeto())
                .item(Item.fixed("RIGHT-UPHELD", "RIGHT", "弘扬正气", "6").withCap(OccurrenceCap.count(1)))
                .item(Item.of("EVAL-DEMOCRATIC", "EVAL", "党员民主评议", ValueRule.options(
                        ValueOption.range("EXCELLENT", "优秀", "23", "25"),
                        ValueOption.range("PASS", "合格", "15", "22"),
                        ValueOption.range("BASIC", "基本合格", "0", "14"),
                        ValueOption.fixed("FAIL", "不合格", "0"))).withCap(OccurrenceCap.count(2)))
                .item(Item.of("REWARD-ARTICLE", "REWARD", "撰写党建调研文章", ValueRule.options(
                        ValueOption.fixed("INTERNAL", "在《xx管道》发表", "2"),
                        ValueOption.fixed("EXTERNAL", "在外部杂志发表", "5"))))
                .item(Item.of("REWARD-COMMENDATION", "REWARD", "工作表现突出受到表彰", ValueRule.options(
                        ValueOption.fixed("GROUP", "集团公司表彰", "5"),
                        ValueOption.fixed("DIVISION", "天然气分公司表彰", "4"),
                        ValueOption.fixed("COMPANY", "管道公司表彰", "3"))))
                .item(Item.of("REWARD-OTHER", "REWARD", "其他先锋模范作用（支委会讨论，党委批准）",
                        ValueRule.range("0", "10")))
                .tierScheme(new TierScheme(GRADE, "评定格次", Set.of(Level.PERIOD, Level.YEAR), List.of(
                        Tier.atLeast("EXCELLENT", "优秀", "90"), Tier.atLeast("PASS", "合格", "80"),
                        Tier.atLeast("BASIC", "基本合格", "60"), Tier.lowest("FAIL", "不合格"))))
                .consequence(new ConsequenceRule("S10-FAIL-TALK", "不合格：谈话教育", Level.PERIOD,
                        new ConsequenceTrigger.AtOrBelowTier(GRADE, "FAIL"), null,
                        new FollowUp("TALK", "BRANCH_COMMITTEE", "由支部委员会安排专人进行谈话教育", null, null)))
                .consequence(new ConsequenceRule("S10-TWICE-FAIL", "连续两次不合格：一对一帮扶", Level.PERIOD,
                        new ConsequenceTrigger.ConsecutiveAtOrBelow(GRADE, "FAIL", 2), null,
                        new FollowUp("ONE_ON_ONE_HELP", "BRANCH_SECRETARY", "支部书记重点教育，指派人员一对一帮扶",
                                null, null)))
                .workflow(new Workflow(List.of(new ReviewStep("DEPT-HEAD", "部门负责人签注", "DEPARTMENT_HEAD"),
                        new ReviewStep("COMMITTEE", "支委会初评", "BRANCH_COMMITTEE"),
                        new ReviewStep("ASSEMBLY", "党员大会评定", "GENERAL_ASSEMBLY")), 0, 0))
                .build();
    }
}
