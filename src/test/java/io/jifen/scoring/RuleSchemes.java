package io.jifen.scoring;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.ConsequenceRule;
import io.jifen.scoring.model.ConsequenceTrigger;
import io.jifen.scoring.model.EligibilityCondition;
import io.jifen.scoring.model.EligibilityRule;
import io.jifen.scoring.model.ExemptionRule;
import io.jifen.scoring.model.FollowUp;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.MemberStatus;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RankingRule;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueRule;
import io.jifen.scoring.model.WindowCap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Seed-like schemes for rules 1–6 of issue 8, shared by the engine tests ({@code SchemeRulesTest}) and the
 * simulation API tests, so both work through the same numbers. Each method's comment names the seed it follows.
 */
public final class RuleSchemes {

    private RuleSchemes() {
    }

    private static PeriodRule quarterly(RollUp rollUp) {
        return new PeriodRule(PeriodUnit.QUARTER, true, rollUp, null, false, null);
    }

    private static TierScheme grades(String id, Set<Level> levels, Tier... tiers) {
        return new TierScheme(id, id, levels, List.of(tiers));
    }

    /** n facts of an item on one day, ids prefix-1 … prefix-n. */
    public static List<Fact> times(String prefix, String member, String item, String date, int n) {
        List<Fact> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Fact.of(prefix + "-" + i, member, item, LocalDate.parse(date)));
        }
        return out;
    }

    /** Rule 1, S10 奖励 style: 每次2分，全年最多12分 inside a quarterly scheme. */
    public static SchemeVersion rule1() {
        return SchemeVersion.builder("R1").name("rule 1").periodRule(quarterly(RollUp.SUM))
                .memberClass(MemberClass.of("ALL", "all", "0", null))
                .category(Category.of("REWARD", null, "奖励积分", CategoryKind.BONUS, Cap.NONE))
                .item(Item.fixed("ARTICLE", "REWARD", "发表文章", "2")
                        .withWindowCap(WindowCap.points(PeriodUnit.YEAR, "12")))
                .build();
    }

    /** Rule 2, S5 style: monthly score = base 80 + 5 per service − 10 per absence; quarters; year July–June. */
    public static SchemeVersion rule2() {
        PeriodRule rule = new PeriodRule(PeriodUnit.MONTH, true, RollUp.AVERAGE_OF_SUBPERIODS, null, false, null)
                .withYearStart(7).withInterim(PeriodUnit.QUARTER, RollUp.AVERAGE_OF_SUBPERIODS);
        return SchemeVersion.builder("R2").name("rule 2").periodRule(rule)
                .memberClass(MemberClass.of("ALL", "all", "80", null))
                .category(Category.of("DUTY", null, "履职加分", CategoryKind.BONUS, Cap.NONE))
                .category(Category.of("MINUS", null, "扣分", CategoryKind.DEDUCTION, Cap.NONE))
                .item(Item.fixed("SERVICE", "DUTY", "志愿服务", "5"))
                .item(Item.fixed("ABSENT", "MINUS", "无故缺席", "10"))
                .tierScheme(grades("GRADE", Set.of(Level.INTERIM, Level.YEAR), Tier.atLeast("EXCELLENT", "优秀", "90"),
                        Tier.atLeast("PASS", "合格", "80"), Tier.lowest("FAIL", "不合格")))
                .build();
    }

    /** Rule 3, S10: 日常行为 every quarter, 评议 twice a year (× 50 %, cap 25 per half-year). */
    public static SchemeVersion rule3() {
        return SchemeVersion.builder("R3").name("rule 3").periodRule(quarterly(RollUp.SUM))
                .memberClass(MemberClass.of("ALL", "all", "0", null))
                .category(Category.of("DAILY", null, "日常行为积分", CategoryKind.BASE, Cap.max("75")))
                .category(Category.of("EVAL", null, "评议积分", CategoryKind.EVALUATION, Cap.max("25"))
                        .withWeight("0.5").withRhythm(PeriodUnit.HALF_YEAR))
                .item(Item.fixed("STUDY", "DAILY", "学习教育", "3"))
                .item(Item.of("DEMOCRATIC", "EVAL", "民主评议", ValueRule.range("0", "25")))
                .build();
    }

    /** Rule 4, S9 公司: 通用基础 55 and the branch's 个性基础 35 as category bases. */
    public static SchemeVersion rule4Company() {
        return SchemeVersion.builder("R4").name("rule 4").periodRule(quarterly(RollUp.AVERAGE_OF_SUBPERIODS))
                .memberClass(MemberClass.of("STAFF", "staff", "0", null))
                .category(Category.of("GEN", null, "通用积分", CategoryKind.BASE, Cap.max("60")))
                .category(Category.of("GEN-BASE", "GEN", "通用基础", CategoryKind.BASE, Cap.max("55")).withBase("55"))
                .category(Category.of("GEN-BONUS", "GEN", "通用加分", CategoryKind.BONUS, Cap.max("5")))
                .category(Category.of("GEN-VETO", "GEN", "通用否决", CategoryKind.DEDUCTION, Cap.min("-20")))
                .category(Category.of("PER", null, "个性积分", CategoryKind.BASE, Cap.max("40")))
                .category(Category.of("PER-BASE", "PER", "个性基础", CategoryKind.BASE, Cap.max("35")).open())
                .category(Category.of("PER-BONUS", "PER", "个性加分", CategoryKind.BONUS, Cap.max("5")).open())
                .category(Category.of("PER-VETO", "PER", "个性否决", CategoryKind.DEDUCTION, Cap.min("-10")).open())
                .item(Item.fixed("OUTSTANDING", "GEN-BONUS", "表现突出", "2"))
                .item(Item.of("RULES", "GEN-VETO", "违反制度", ValueRule.range("1", "10")))
                .tierScheme(grades("STARS", Set.of(Level.PERIOD, Level.YEAR), Tier.atLeast("5", "五星", "90"),
                        Tier.atLeast("4", "四星", "80"), Tier.atLeast("3", "三星", "70"),
                        Tier.atLeast("2", "二星", "60"), Tier.lowest("1", "一星")))
                .build();
    }

    /** Rule 4, the branch's extension: it sets its own 个性基础 {@code base} inside the open 个性基础 (budget 35). */
    public static SchemeVersion rule4Branch(String base) {
        return SchemeVersion.builder("R4-A").name("branch A").parent("R4")
                .category(Category.of("A-BASE", "PER-BASE", "一支部个性基础", CategoryKind.BASE, Cap.NONE)
                        .withBase(base).unlocked())
                .item(Item.fixed("A-LATE", "PER-VETO", "迟交材料", "3").unlocked())
                .build();
    }

    /** Rule 5, S6 新坝乡: base + accumulated, 4 types; bed-ridden members graded directly by the assembly. */
    public static SchemeVersion rule5() {
        return SchemeVersion.builder("R5").name("rule 5")
                .periodRule(new PeriodRule(PeriodUnit.QUARTER, false, RollUp.BASE_PLUS_ACCUMULATED, null, false,
                        null))
                .memberClass(MemberClass.of("L3", "无职党员", "30", ExemptionRule.NOT_ALLOWED))
                .memberClass(MemberClass.of("L4", "老党员", "50", ExemptionRule.GRADE_DIRECTLY))
                .category(Category.of("PIONEER", null, "先锋作用", CategoryKind.BONUS, Cap.NONE))
                .item(Item.fixed("HELP", "PIONEER", "联系帮扶贫困户", "5"))
                .tierScheme(grades("TYPE", Set.of(Level.YEAR), Tier.atLeast("PIONEER", "先锋型", "80"),
                        Tier.atLeast("LEAD", "带头型", "70"), Tier.atLeast("PLAIN", "本色型", "60"),
                        Tier.lowest("FADED", "褪色型")))
                .build();
    }

    /** Rule 6, S2 社区 + S3 积极分子: rank by 奉献积分 inside status groups; admission for activists only. */
    public static SchemeVersion rule6() {
        Set<MemberStatus> members = Set.of(MemberStatus.FULL, MemberStatus.PROBATIONARY);
        return SchemeVersion.builder("R6").name("rule 6").periodRule(quarterly(RollUp.SUM))
                .memberClass(MemberClass.of("ALL", "all", "60", null))
                .category(Category.of("SERVICE", null, "奉献积分", CategoryKind.BONUS, Cap.NONE))
                .category(Category.of("DISCIPLINE", null, "扣分", CategoryKind.DEDUCTION, Cap.NONE))
                .item(Item.fixed("POLICY", "SERVICE", "政策宣传", "2"))
                .item(Item.fixed("LEGAL-AID", "SERVICE", "法律援助", "3"))
                .item(Item.fixed("ABSENT", "DISCIPLINE", "无故缺席", "2"))
                .ranking(new RankingRule("SERVICE", List.of(members,
                        Set.of(MemberStatus.ACTIVIST, MemberStatus.CANDIDATE))))
                .consequence(new ConsequenceRule("COMMEND", "前2名表彰", Level.PERIOD,
                        new ConsequenceTrigger.TopN(2, ConsequenceTrigger.RankScope.ORGANIZATION), members,
                        new FollowUp("COMMEND", "BRANCH_COMMITTEE", "表彰", null, null)))
                .eligibility(new EligibilityRule("ADMISSION", "入党积极分子年度积分达标",
                        List.of(new EligibilityCondition.YearTotalAbove(new java.math.BigDecimal("70"), true)),
                        Set.of(MemberStatus.ACTIVIST)))
                .build();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** Rule 1: A writes 3 articles every quarter, B 2 in Q3. */
    public static List<Fact> facts1() {
        List<Fact> facts = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            facts.addAll(times("A" + q, "A", "ARTICLE", "2025-" + String.format("%02d", 3 * q) + "-10", 3));
        }
        facts.addAll(times("B", "B", "ARTICLE", "2025-08-01", 2));
        return facts;
    }

    public static List<ScoredMember> members1() {
        return List.of(ScoredMember.of("A", "U", "ALL"), ScoredMember.of("B", "U", "ALL"));
    }

    /** Rule 2: A's services and absence month by month; B (from 1 Sep) 4 services in September. */
    public static List<Fact> facts2() {
        List<Fact> facts = new ArrayList<>();
        facts.addAll(times("a-jul", "A", "SERVICE", "2025-07-05", 2));
        facts.addAll(times("a-aug", "A", "SERVICE", "2025-08-05", 2));
        facts.addAll(times("a-oct", "A", "SERVICE", "2025-10-05", 1));
        facts.addAll(times("a-dec", "A", "ABSENT", "2025-12-05", 1));
        facts.addAll(times("a-jan", "A", "SERVICE", "2026-01-05", 4));
        facts.addAll(times("b-sep", "B", "SERVICE", "2025-09-05", 4));
        return facts;
    }

    public static List<ScoredMember> members2() {
        return List.of(ScoredMember.of("A", "U", "ALL"),
                ScoredMember.of("B", "U", "ALL").withMembership(d("2025-09-01"), null));
    }

    /** Rule 3: 10 studies a quarter; 评议 24 on 25 Jun and 20 on 28 Sep. */
    public static List<Fact> facts3() {
        List<Fact> facts = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            facts.addAll(times("s" + q, "A", "STUDY", "2025-" + String.format("%02d", 3 * q - 1) + "-01", 10));
        }
        facts.add(Fact.value("h1", "A", "DEMOCRATIC", d("2025-06-25"), null, "24"));
        facts.add(Fact.value("h2", "A", "DEMOCRATIC", d("2025-09-28"), null, "20"));
        return facts;
    }

    /** Rule 4: X's bonus, company deduction and branch deduction in Q1; Y has no entries. */
    public static List<Fact> facts4() {
        return List.of(Fact.of("o1", "X", "OUTSTANDING", d("2025-02-01")),
                Fact.value("r1", "X", "RULES", d("2025-02-02"), null, "5"),
                Fact.of("l1", "X", "A-LATE", d("2025-03-01")));
    }

    public static List<ScoredMember> members4() {
        return List.of(ScoredMember.of("X", "A", "STAFF"),
                ScoredMember.of("Y", "A", "STAFF").withMembership(d("2025-02-15"), null));
    }

    /** Rule 5: the assembly grades OLD twice (the later one counts); YOUNG is scored and cannot be graded so. */
    public static List<Fact> facts5() {
        List<Fact> facts = new ArrayList<>(List.of(
                Fact.assignedTier("t1", "OLD", d("2025-12-20"), "TYPE", "PLAIN"),
                Fact.assignedTier("t2", "OLD", d("2025-12-28"), "TYPE", "LEAD"),
                Fact.of("h-old", "OLD", "HELP", d("2025-05-01")),
                Fact.assignedTier("t3", "YOUNG", d("2025-12-28"), "TYPE", "PIONEER")));
        facts.addAll(times("h", "YOUNG", "HELP", "2025-06-01", 9));
        return facts;
    }

    public static List<ScoredMember> members5() {
        return List.of(ScoredMember.of("OLD", "U", "L4").asExempt(), ScoredMember.of("YOUNG", "U", "L3"));
    }

    /** Rule 6: three members and two activists in Q1. */
    public static List<Fact> facts6() {
        List<Fact> facts = new ArrayList<>();
        facts.addAll(times("p1", "P1", "POLICY", "2025-01-10", 3));
        facts.addAll(times("p2", "P2", "LEGAL-AID", "2025-01-10", 3));
        facts.addAll(times("p2x", "P2", "ABSENT", "2025-02-10", 5));
        facts.addAll(times("p3", "P3", "POLICY", "2025-01-10", 2));
        facts.addAll(times("a1", "A1", "LEGAL-AID", "2025-01-10", 4));
        facts.addAll(times("a2", "A2", "POLICY", "2025-01-10", 1));
        return facts;
    }

    public static List<ScoredMember> members6() {
        return List.of(ScoredMember.of("P1", "U", "ALL"), ScoredMember.of("P2", "U", "ALL"),
                ScoredMember.of("P3", "U", "ALL").withStatus(MemberStatus.PROBATIONARY),
                ScoredMember.of("A1", "U", "ALL").withStatus(MemberStatus.ACTIVIST),
                ScoredMember.of("A2", "U", "ALL").withStatus(MemberStatus.ACTIVIST));
    }
}
