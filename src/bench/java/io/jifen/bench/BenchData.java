package io.jifen.bench;

import io.jifen.scoring.Fact;
import io.jifen.scoring.FactStatus;
import io.jifen.scoring.ScoredMember;
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
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.Period;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import io.jifen.scoring.model.ValueOption;
import io.jifen.scoring.model.ValueRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic benchmark data (seeded {@link Random}): a quarterly scheme shaped like S9/S10 — nested categories
 * with caps and a weight, count- and points-capped items, option values, reviewer ranges, a rare veto item — and
 * members spread over units with a fixed number of ledger facts each. Same seed, same data.
 */
final class BenchData {

    static final String STARS = "BENCH-STARS";

    /** item id, relative frequency — fact item ids are drawn with these weights */
    private static final String[] ITEMS = {"MEETING", "STUDY", "DUES", "DUTY", "VOLUNTEER", "AWARD", "REVIEW",
            "LATE", "ABSENT", "RULES", "CRIME"};
    private static final int[] WEIGHTS = {20, 12, 6, 14, 10, 6, 4, 8, 6, 3, 0};

    final SchemeVersion scheme;
    final List<ScoredMember> members;
    final List<Fact> facts;
    final Period period;

    private BenchData(SchemeVersion scheme, List<ScoredMember> members, List<Fact> facts, Period period) {
        this.scheme = scheme;
        this.members = members;
        this.facts = facts;
        this.period = period;
    }

    /**
     * @param reset false for an S6-like rule: no reset, running year-to-date totals, base plus accumulated points
     */
    static SchemeVersion scheme(boolean reset) {
        return SchemeVersion.builder("BENCH-v1").name("benchmark scheme")
                .periodRule(reset
                        ? new PeriodRule(PeriodUnit.QUARTER, true, RollUp.AVERAGE_OF_SUBPERIODS,
                                new BigDecimal("100"), true, null)
                        : new PeriodRule(PeriodUnit.QUARTER, false, RollUp.BASE_PLUS_ACCUMULATED,
                                new BigDecimal("120"), false, null))
                .memberClass(MemberClass.of("STAFF", "在职党员", "60", ExemptionRule.EXCLUDE))
                .memberClass(MemberClass.of("RETIRED", "离退休党员", "70", ExemptionRule.GRADE_DIRECTLY))
                .category(Category.of("BASE", null, "基础积分", CategoryKind.BASE, Cap.max("40")))
                .category(Category.of("BASE-LIFE", "BASE", "组织生活", CategoryKind.BASE, Cap.max("25")))
                .category(Category.of("BASE-DUTY", "BASE", "履职尽责", CategoryKind.BASE, Cap.max("20")))
                .category(Category.of("BONUS", null, "加分", CategoryKind.BONUS, Cap.max("15")))
                .category(Category.of("BONUS-AWARD", "BONUS", "奖励", CategoryKind.BONUS, Cap.max("10")))
                .category(Category.of("BONUS-REVIEW", "BONUS", "评议", CategoryKind.BONUS, Cap.max("10"))
                        .withWeight("0.5"))
                .category(Category.of("DEDUCT", null, "扣分", CategoryKind.DEDUCTION, Cap.min("-30")))
                .category(Category.of("DEDUCT-DISCIPLINE", "DEDUCT", "纪律", CategoryKind.DEDUCTION, Cap.min("-20")))
                .item(Item.fixed("MEETING", "BASE-LIFE", "按时参加组织生活", "2").withCap(OccurrenceCap.count(6)))
                .item(Item.fixed("STUDY", "BASE-LIFE", "参加政治学习", "1.5").withCap(OccurrenceCap.count(6)))
                .item(Item.fixed("DUES", "BASE-LIFE", "按月交纳党费", "1").withCap(OccurrenceCap.count(3)))
                .item(Item.of("DUTY", "BASE-DUTY", "岗位履职", ValueRule.range("0.5", "3"))
                        .withCap(OccurrenceCap.points("15")))
                .item(Item.fixed("VOLUNTEER", "BONUS-AWARD", "志愿服务", "1").withCap(OccurrenceCap.count(4))
                        .forClasses("STAFF"))
                .item(Item.of("AWARD", "BONUS-AWARD", "获得表彰", ValueRule.options(
                        ValueOption.fixed("JOURNAL", "刊物", "2"), ValueOption.fixed("EXTERNAL", "外部", "5"),
                        ValueOption.fixed("COMPANY", "公司", "3"), ValueOption.range("OTHER", "其他", "1", "4"))))
                .item(Item.of("REVIEW", "BONUS-REVIEW", "民主评议", ValueRule.options(
                        ValueOption.range("EXCELLENT", "优秀", "18", "20"),
                        ValueOption.range("GOOD", "良好", "12", "17.5"))).withCap(OccurrenceCap.count(1)))
                .item(Item.fixed("LATE", "DEDUCT", "迟到早退", "1"))
                .item(Item.fixed("ABSENT", "DEDUCT", "无故缺席", "3"))
                .item(Item.of("RULES", "DEDUCT-DISCIPLINE", "违反规章制度", ValueRule.range("1", "10")))
                .item(Item.fixed("CRIME", "DEDUCT-DISCIPLINE", "违法违纪", "20").asVeto())
                .tierScheme(new TierScheme(STARS, "星级", Set.of(Level.PERIOD, Level.YEAR), List.of(
                        Tier.atLeast("5", "五星", "90"), Tier.atLeast("4", "四星", "80"),
                        Tier.atLeast("3", "三星", "70"), Tier.atLeast("2", "二星", "60"), Tier.lowest("1", "一星"))))
                .eligibility(new EligibilityRule("EXCELLENT", "优秀党员", List.of(
                        new EligibilityCondition.EveryPeriodAtLeast(STARS, "4"),
                        new EligibilityCondition.YearAtLeast(STARS, "5"), new EligibilityCondition.NoVeto())))
                .consequence(new ConsequenceRule("TALK", "二星及以下约谈", Level.PERIOD,
                        new ConsequenceTrigger.AtOrBelowTier(STARS, "2"), null,
                        new FollowUp("TALK", "BRANCH_SECRETARY", "约谈", FollowUp.Due.SAME_MONTH, null)))
                .build();
    }

    /**
     * @param period   one or more whole quarters; facts are dated uniformly inside it
     * @param dupEvery when &gt; 0, every that many facts repeats the previous fact's id (a malformed ledger, for
     *                 checking that explanations still list each id once); 0 for unique ids
     */
    static BenchData generate(long seed, int memberCount, int units, int factsPerMember, Period period,
            boolean reset, int dupEvery) {
        Random rnd = new Random(seed);
        String[] unitIds = new String[units];
        for (int u = 0; u < units; u++) {
            unitIds[u] = "U%04d".formatted(u + 1);
        }
        LocalDate[] days = new LocalDate[(int) period.days()];
        for (int d = 0; d < days.length; d++) {
            days[d] = period.start().plusDays(d);
        }
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        List<ScoredMember> members = new ArrayList<>(memberCount);
        List<Fact> facts = new ArrayList<>(memberCount * factsPerMember);
        long factNo = 0;
        for (int i = 0; i < memberCount; i++) {
            String id = "M%06d".formatted(i + 1);
            ScoredMember m = ScoredMember.of(id, unitIds[rnd.nextInt(units)], rnd.nextInt(10) == 0 ? "RETIRED"
                    : "STAFF");
            int r = rnd.nextInt(1000);
            if (r < 5) {
                m = m.asExempt();
            } else if (r < 25) {
                m = m.withMembership(days[rnd.nextInt(days.length)], null); // joined during the range
            } else if (r < 30) {
                m = m.withStatus(MemberStatus.PROBATIONARY);
            }
            members.add(m);
            for (int f = 0; f < factsPerMember; f++) {
                String fid = dupEvery > 0 && f > 0 && ((long) i * factsPerMember + f) % dupEvery == 0 ? "F%09d".formatted(factNo)
                        : "F%09d".formatted(++factNo);
                LocalDate date = days[rnd.nextInt(days.length)];
                String item = ITEMS[pick(rnd, total)];
                if (rnd.nextInt(20_000) == 0) {
                    item = "CRIME"; // veto: rare
                }
                Fact fact = switch (item) {
                    case "DUTY" -> new Fact(fid, id, item, date, null, cents(rnd, 50, 300), 1, null);
                    case "RULES" -> new Fact(fid, id, item, date, null, cents(rnd, 100, 1000), 1, null);
                    case "AWARD" -> {
                        String opt = switch (rnd.nextInt(4)) {
                            case 0 -> "JOURNAL";
                            case 1 -> "EXTERNAL";
                            case 2 -> "COMPANY";
                            default -> "OTHER";
                        };
                        yield new Fact(fid, id, item, date, opt, opt.equals("OTHER") ? cents(rnd, 100, 400) : null,
                                1, null);
                    }
                    case "REVIEW" -> rnd.nextBoolean()
                            ? new Fact(fid, id, item, date, "EXCELLENT", cents(rnd, 1800, 2000), 1, null)
                            : new Fact(fid, id, item, date, "GOOD", cents(rnd, 1200, 1750), 1, null);
                    default -> new Fact(fid, id, item, date, null, null, rnd.nextInt(8) == 0 ? 2 : 1, null);
                };
                int s = rnd.nextInt(200);
                if (s == 0) {
                    fact = fact.withStatus(FactStatus.values()[rnd.nextInt(FactStatus.values().length)]);
                }
                facts.add(fact);
            }
        }
        return new BenchData(scheme(reset), members, facts, period);
    }

    private static int pick(Random rnd, int total) {
        int x = rnd.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            x -= WEIGHTS[i];
            if (x < 0) {
                return i;
            }
        }
        return 0;
    }

    private static BigDecimal cents(Random rnd, int min, int max) {
        return BigDecimal.valueOf(min + rnd.nextInt(max - min + 1), 2);
    }
}
