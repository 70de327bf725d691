package io.jifen.scoring;

import static io.jifen.scoring.model.CategoryKind.BASE;
import static io.jifen.scoring.model.CategoryKind.BONUS;
import static io.jifen.scoring.model.CategoryKind.DEDUCTION;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import java.util.List;
import java.util.Set;

/**
 * S6 新坝乡 in code. From the seed: three kinds of content (基本要求, 先锋作用, 违纪扣分); four classes with base
 * 10 / 20 / 30 / 50; monthly subtotals, quarterly check (一季一考核), annual evaluation; final = base + the year's
 * accumulated points; 先锋型 ≥80, 带头型 70–79, 本色型 60–69, 褪色型 <60; bed-ridden / long-ill members may be left
 * out and graded directly by the assembly.
 *
 * <p>So: assessed unit QUARTER without reset (each quarter shows the running total), roll-up BASE_PLUS_ACCUMULATED,
 * tiers on the year only. The seed names the items but gives no values ("每项内容都确定不同分值"); the values below
 * are stand-ins.
 */
final class S6Xinba {

    static final String TYPE = "S6-TYPE";

    private S6Xinba() {
    }

    static SchemeVersion scheme() {
        return SchemeVersion.builder("S6-v1").name("新坝乡党员“积分制”管理办法")
                .periodRule(new PeriodRule(PeriodUnit.QUARTER, false, RollUp.BASE_PLUS_ACCUMULATED, null, false, null))
                .memberClass(MemberClass.of("L1", "第一层次：村党组织书记、党员村委会主任", "10", ExemptionRule.GRADE_DIRECTLY))
                .memberClass(MemberClass.of("L2", "第二层次：副书记、委员及党员村委会副主任、委员", "20",
                        ExemptionRule.GRADE_DIRECTLY))
                .memberClass(MemberClass.of("L3", "第三层次：60岁以下无职党员", "30", ExemptionRule.GRADE_DIRECTLY))
                .memberClass(MemberClass.of("L4", "第四层次：60岁以上有活动能力的无职老党员", "50", ExemptionRule.GRADE_DIRECTLY))
                .category(Category.of("BASIC", null, "基本要求", BASE, null))
                .category(Category.of("PIONEER", null, "发挥先锋作用", BONUS, null))
                .category(Category.of("DISCIPLINE", null, "违纪扣分", DEDUCTION, null))
                .item(Item.fixed("MEETING", "BASIC", "参加“三会一课”活动", "2"))
                .item(Item.fixed("EDUCATION", "BASIC", "参加党内教育活动", "2"))
                .item(Item.fixed("REPORT", "BASIC", "外出流动党员每季度上交思想和工作汇报", "2")
                        .withCap(OccurrenceCap.count(1)).forClasses("L3", "L4"))
                .item(Item.fixed("DUES", "BASIC", "每月按时缴纳党费", "1").withCap(OccurrenceCap.count(3)))
                .item(Item.fixed("PLEDGE", "PIONEER", "党员履责践诺", "3"))
                .item(Item.fixed("MEDIATE", "PIONEER", "主动承担村民调解任务", "3"))
                .item(Item.fixed("POOR", "PIONEER", "联系帮扶贫困户", "5"))
                .item(Item.fixed("SKILL", "PIONEER", "学习掌握实用技术", "2"))
                .item(Item.fixed("PUBLIC", "PIONEER", "参加公益活动", "2"))
                .item(Item.fixed("EMBEZZLE", "DISCIPLINE", "侵占集体资产或挪用集体资金", "20"))
                .item(Item.fixed("SANCTION", "DISCIPLINE", "受党纪处分", "30"))
                .item(Item.fixed("GAMBLING", "DISCIPLINE", "参加赌博", "10"))
                .item(Item.fixed("ABSENT", "DISCIPLINE", "无故不参加会议或中途退出", "2"))
                .item(Item.fixed("DISUNITY", "DISCIPLINE", "闹党内不团结", "5"))
                .tierScheme(new TierScheme(TYPE, "党员类型", Set.of(Level.YEAR), List.of(
                        Tier.atLeast("VANGUARD", "先锋型", "80"), Tier.atLeast("LEADING", "带头型", "70"),
                        Tier.atLeast("TRUE", "本色型", "60"), Tier.lowest("FADED", "褪色型"))))
                .build();
    }
}
