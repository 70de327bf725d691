package io.jifen.scoring;

import static io.jifen.scoring.model.CategoryKind.BONUS;
import static io.jifen.scoring.model.CategoryKind.DEDUCTION;

import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
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
import java.util.List;
import java.util.Set;

/**
 * S8 徐家堰村 in code. From the seed: quarterly collective scoring; cycle score = Σ 4 quarters ÷ 4; 100 is the
 * standard, points above it are reward points; 60–69 基本合格, 70–89 合格, 90–100 优秀; below 基本合格 once → 3-month
 * correction, twice → 诫勉谈话 by the township, three times → organizational handling; a probationary member at
 * 基本合格 or lower → longer probation; 7-day publication window, answer within 3 days.
 *
 * <p>Not in the seed, chosen by us: four classes "各不相同而分值相同" get the same base — 80, so that 100 is reached
 * with 20 points of contribution; the class names follow S7's four types; tier "不合格" is our name for "below
 * 基本合格"; bonus / deduction items are stand-ins with values the reviewer enters.
 */
final class S8Xujiayan {

    static final String GRADE = "S8-GRADE";

    private S8Xujiayan() {
    }

    static SchemeVersion scheme() {
        return SchemeVersion.builder("S8-v1").name("凯河镇徐家堰村党支部党员日常行为积分管理实施细则（试行）")
                .periodRule(new PeriodRule(PeriodUnit.QUARTER, true, RollUp.AVERAGE_OF_SUBPERIODS, Points.of("100"),
                        true, null))
                .memberClass(MemberClass.of("CADRE", "村组干部党员", "80", null))
                .memberClass(MemberClass.of("ORDINARY", "普通党员", "80", null))
                .memberClass(MemberClass.of("MOBILE", "外出流动党员", "80", null))
                .memberClass(MemberClass.of("ELDERLY", "年老体弱党员", "80", null))
                .category(Category.of("CONTRIB", null, "贡献加分", BONUS, null))
                .category(Category.of("VIOLATION", null, "违规违纪扣分", DEDUCTION, null))
                .item(Item.of("CONTRIB-DEED", "CONTRIB", "贡献加分事项（党小组长书面申报）", ValueRule.range("1", "50")))
                .item(Item.of("VIOLATION-DEED", "VIOLATION", "违规违纪扣分事项", ValueRule.range("1", "80")))
                .tierScheme(new TierScheme(GRADE, "周期评定", Set.of(Level.YEAR), List.of(
                        Tier.atLeast("EXCELLENT", "优秀", "90"), Tier.atLeast("PASS", "合格", "70"),
                        Tier.atLeast("BASIC", "基本合格", "60"), Tier.lowest("BELOW", "不合格（低于基本合格）"))))
                .consequence(below("S8-BELOW-1", 1, "CORRECTION", "BRANCH", "教育并责令限期改正（三个月）",
                        FollowUp.Due.WITHIN_MONTHS, 3))
                .consequence(below("S8-BELOW-2", 2, "ADMONITION_TALK", "TOWNSHIP_COMMITTEE", "镇党委诫勉谈话",
                        FollowUp.Due.NONE, null))
                .consequence(below("S8-BELOW-3", 3, "ORGANIZATIONAL_HANDLING", "TOWNSHIP_COMMITTEE",
                        "报请镇党委按程序组织处理", FollowUp.Due.NONE, null))
                .consequence(new ConsequenceRule("S8-PROBATION", "预备党员基本合格及以下：延长预备期", Level.YEAR,
                        new ConsequenceTrigger.AtOrBelowTier(GRADE, "BASIC"), Set.of(MemberStatus.PROBATIONARY),
                        new FollowUp("EXTEND_PROBATION", "BRANCH", "适当延长预备期，直至取消预备党员资格", null, null)))
                .workflow(new Workflow(List.of(new ReviewStep("GROUP-REPORT", "党小组长书面申报", "GROUP_LEADER"),
                        new ReviewStep("ASSEMBLY", "支部党员大会集体记分", "GENERAL_ASSEMBLY")), 7, 3))
                .build();
    }

    private static ConsequenceRule below(String id, int nth, String action, String who, String text,
            FollowUp.Due due, Integer days) {
        return new ConsequenceRule(id, text, Level.YEAR, new ConsequenceTrigger.NthTimeAtOrBelow(GRADE, "BELOW", nth),
                null, new FollowUp(action, who, text, due, days));
    }
}
