package io.jifen.scheme.document;

import static io.jifen.scheme.document.Seeds.cat;
import static io.jifen.scheme.document.Seeds.claimed;
import static io.jifen.scheme.document.Seeds.fixed;
import static io.jifen.scheme.document.Seeds.range;
import static io.jifen.scoring.model.CategoryKind.BASE;
import static io.jifen.scoring.model.CategoryKind.BONUS;
import static io.jifen.scoring.model.CategoryKind.DEDUCTION;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.Recorder;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Workflow;
import io.jifen.scoring.model.Workflow.ReviewStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Sources of the templates S5 and S7 (county list + township extension). */
final class SeedTemplatesB {

    private SeedTemplatesB() {
    }

    /** S5 xx县 国有企业: 月度积分 = 基础分 + 履职分 + 加分 − 扣分, base 80 or 100, ranking on averages. */
    static SchemeVersion s5() {
        Set<MemberStatus> all = Set.of(MemberStatus.FULL, MemberStatus.PROBATIONARY, MemberStatus.ACTIVIST);
        return SchemeVersion.builder("S5-v1").schemeId("S5").name("xx县县属国有企业 党员积分管理办法")
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .periodRule(new PeriodRule(PeriodUnit.MONTH, true, RollUp.AVERAGE_OF_SUBPERIODS, null, false, null))
                .memberClass(new MemberClass("BASE100", "基础分100分", Points.of("100"), ExemptionRule.NOT_ALLOWED, 1))
                .memberClass(new MemberClass("BASE80", "基础分80分", Points.of("80"), ExemptionRule.NOT_ALLOWED, 2))
                .category(cat("DUTY", null, "履职分", BASE, Cap.NONE, 1))
                .category(cat("OBLIGATION", "DUTY", "党员义务", BASE, Cap.max("5"), 2))
                .category(cat("POST", "DUTY", "岗位建功", BASE, Cap.max("10"), 3))
                .category(cat("LIFE", "DUTY", "组织生活", BASE, Cap.max("6"), 4))
                .category(cat("STUDY", "DUTY", "政治学习", BASE, Cap.max("4"), 5))
                .category(cat("BONUS", null, "加分", BONUS, Cap.NONE, 6))
                .category(cat("ADVICE", "BONUS", "合理化建议", BONUS, Cap.max("5"), 7))
                .category(cat("HONOUR", "BONUS", "获得荣誉", BONUS, Cap.max("10"), 8))
                .category(cat("NEWS", "BONUS", "新闻宣传", BONUS, Cap.max("5"), 9))
                .category(cat("DISCIPLINE", null, "扣分：党的纪律", DEDUCTION, Cap.NONE, 10))
                .item(status(fixed("DUES", "OBLIGATION", "按时足额交纳党费", "2", 1, 1), all))
                .item(status(fixed("DUTY-REPORT", "OBLIGATION", "向党组织汇报思想工作", "3", 1, 2), all))
                .item(status(range("KEY-TASK", "POST", "完成重点工作、岗位任务", "1", "10", 3), all))
                .item(status(fixed("MEETING", "LIFE", "参加“三会一课”、主题党日", "2", 4), all))
                .item(status(fixed("LEARN", "STUDY", "参加政治理论学习", "2", 5), all))
                .item(leader(status(range("PROPOSAL", "ADVICE", "提出合理化建议被采纳", "1", "5", 6), all)))
                .item(leader(status(range("AWARD", "HONOUR", "获得各级荣誉表彰", "1", "10", 7), all)))
                .item(leader(status(range("ARTICLE", "NEWS", "新闻宣传稿件被采用", "1", "5", 8), all)))
                .item(leader(status(fixed("ABSENT", "DISCIPLINE", "无故不参加组织生活", "3", 9), all)))
                .item(leader(status(range("VIOLATION", "DISCIPLINE", "违反党的纪律、企业规章", "1", "20", 10), all)))
                .workflow(new Workflow(List.of(new ReviewStep("LEADER", "“一岗双责”领导加减分审批", "DEPARTMENT_HEAD"),
                        new ReviewStep("COMMITTEE", "支委会按月初评", "BRANCH_COMMITTEE"),
                        new ReviewStep("ASSEMBLY", "党员大会按季度评定", "GENERAL_ASSEMBLY"),
                        new ReviewStep("PUBLISH", "季度末公示通报", "BRANCH_COMMITTEE")), 0, 0))
                .build();
    }

    private static Item status(Item i, Set<MemberStatus> s) {
        return i.forStatuses(s.toArray(MemberStatus[]::new));
    }

    private static Item leader(Item i) {
        return i.recordedBy(Set.of(Recorder.SECRETARY), true, List.of("LEADER", "COMMITTEE"));
    }

    static final String[] ASPECTS = {"政治合格", "执行纪律合格", "品德合格", "发挥作用合格"};

    /** S7 the county list: 4 aspects with 30 bonus items, 20 deduction items; townships may add and remove. */
    static SchemeVersion s7County() {
        var b = SchemeVersion.builder("S7-COUNTY-v1").schemeId("S7-COUNTY").name("xx县 农村党员积分管理实施方案")
                .effectiveFrom(LocalDate.of(2025, 1, 1))
                .periodRule(new PeriodRule(PeriodUnit.QUARTER, true, RollUp.SUM, null, false, null))
                .memberClass(new MemberClass("CADRE", "村组干部党员", Points.of("60"), ExemptionRule.NOT_ALLOWED, 1))
                .memberClass(new MemberClass("ORDINARY", "普通党员", Points.of("60"), ExemptionRule.NOT_ALLOWED, 2))
                .memberClass(new MemberClass("MOBILE", "流动党员", Points.of("60"), ExemptionRule.NOT_ALLOWED, 3))
                .memberClass(new MemberClass("ELDERLY", "年老体弱党员", Points.of("60"), ExemptionRule.NOT_ALLOWED, 4))
                .category(cat("BONUS", null, "贡献加分", BONUS, Cap.NONE, 1))
                .category(cat("DEDUCT", null, "违规扣分", DEDUCTION, Cap.NONE, 10));
        for (int a = 0; a < 4; a++) {
            b.category(cat("ASPECT" + (a + 1), "BONUS", ASPECTS[a], BONUS, Cap.NONE, a + 2).open());
        }
        String[] bonus = {"带头学习党的创新理论", "参加县乡组织的专题培训", "宣讲党的政策", "参加“三会一课”",
            "参加主题党日", "带头落实村级重大决策", "带头移风易俗", "带头遵守村规民约", "带头维护社会稳定",
            "主动报告个人重大事项", "带头孝老爱亲", "带头邻里互助", "带头诚信经营", "见义勇为", "带头参加义务劳动",
            "带头发展产业", "带动群众增收", "结对帮扶困难户", "调解矛盾纠纷", "参与环境整治", "参与森林防火",
            "参与防汛抗灾", "参与疫情防控", "收集反映社情民意", "参与招商引资", "提供致富信息", "发展新型经营主体",
            "流动党员回乡创业", "流动党员参与家乡建设", "受到县级以上表彰"};
        for (int i = 0; i < bonus.length; i++) {
            String aspect = "ASPECT" + (i / 8 + 1 > 4 ? 4 : i / 8 + 1);
            b.item(claimed(fixed(String.format("B%02d", i + 1), aspect, bonus[i], i < 29 ? "2" : "5", i + 1),
                    "BRANCH", "DEPARTMENTS", "ASSEMBLY"));
        }
        String[] deduct = {"无故不参加组织生活", "不按时交纳党费", "不完成党组织分配的任务", "散布违背党的理论和路线方针政策的言论",
            "参与封建迷信活动", "参加赌博", "违反计划生育政策", "违反土地及建房政策", "侵占集体资产", "挪用集体资金",
            "闹党内不团结", "参与越级非法上访", "酒后滋事", "不赡养老人", "破坏生态环境", "拖欠集体款项",
            "造谣传谣", "大操大办婚丧喜庆", "不支持村级公益事业", "受到党纪政务处分"};
        for (int i = 0; i < deduct.length; i++) {
            b.item(fixed(String.format("D%02d", i + 1), "DEDUCT", deduct[i], i < 19 ? "2" : "10", 100 + i)
                    .unlocked());
        }
        return b.workflow(new Workflow(List.of(new ReviewStep("BRANCH", "支部审议", "BRANCH_COMMITTEE"),
                new ReviewStep("DEPARTMENTS", "乡机关各部门反馈", "TOWNSHIP_DEPARTMENTS"),
                new ReviewStep("ASSEMBLY", "党员大会评定", "GENERAL_ASSEMBLY")), 0, 0)).build();
    }

    /** S7 xx乡: the township adds 10 bonus items and removes 2 deduction items from the county list. */
    static SchemeVersion s7Township() {
        var b = SchemeVersion.builder("S7-v1").schemeId("S7").parent("S7-COUNTY-v1")
                .name("xx乡 农村党员积分管理实施细则").effectiveFrom(LocalDate.of(2025, 1, 1));
        String[] added = {"参与脱贫攻坚成果巩固", "参与乡村振兴重点项目", "参与人居环境整治“回头看”",
            "参与秸秆禁烧巡查", "参与农村低保评议监督", "参与集体经济项目建设", "协助开展驻村指导工作",
            "参与乡村治理积分超市建设", "带头推广新品种新技术", "兴建养殖小区、发展设施农业"};
        for (int i = 0; i < added.length; i++) {
            b.item(claimed(fixed(String.format("T%02d", i + 1), "ASPECT4", added[i], "3", 200 + i), "BRANCH",
                    "DEPARTMENTS", "ASSEMBLY"));
        }
        return b.remove("D07").remove("D08").build();
    }

}
