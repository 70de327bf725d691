package io.jifen.scoring;

import io.jifen.scoring.model.Cap;
import io.jifen.scoring.model.Category;
import io.jifen.scoring.model.CategoryKind;
import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.Level;
import io.jifen.scoring.model.MemberClass;
import io.jifen.scoring.model.OccurrenceCap;
import io.jifen.scoring.model.PartialPeriodPolicy;
import io.jifen.scoring.model.PeriodRule;
import io.jifen.scoring.model.PeriodUnit;
import io.jifen.scoring.model.Points;
import io.jifen.scoring.model.RollUp;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.model.Tier;
import io.jifen.scoring.model.TierScheme;
import java.util.List;
import java.util.Set;

/**
 * A tiny configurable scheme for table tests: one bonus category "BON" (item "B", 1 point per occurrence) and one
 * deduction category "DED" (item "D", 1 point), class "C" with a base, tiers PASS ≥ 60 / FAIL.
 */
final class Mini {

    private Mini() {
    }

    static SchemeVersion.Builder builder(PeriodUnit unit, boolean reset, RollUp rollUp, String base) {
        return SchemeVersion.builder("MINI")
                .periodRule(new PeriodRule(unit, reset, rollUp, null, false, PartialPeriodPolicy.PRO_RATE_BASE))
                .memberClass(MemberClass.of("C", "class", base, null))
                .tierScheme(new TierScheme("T", "tiers", Set.of(Level.PERIOD, Level.YEAR),
                        List.of(Tier.atLeast("PASS", "pass", "60"), Tier.lowest("FAIL", "fail"))));
    }

    /** BON with the given category cap and item cap, DED with the given cap, veto item "V" in DED. */
    static SchemeVersion scheme(Cap bonusCap, OccurrenceCap itemCap, Cap deductionCap, PeriodRule rule) {
        return SchemeVersion.builder("MINI").periodRule(rule)
                .memberClass(MemberClass.of("C", "class", "50", null))
                .category(Category.of("BON", null, "bonus", CategoryKind.BONUS, bonusCap))
                .category(Category.of("DED", null, "deduction", CategoryKind.DEDUCTION, deductionCap))
                .item(Item.fixed("B", "BON", "bonus item", "1").withCap(itemCap))
                .item(Item.fixed("D", "DED", "deduction item", "1"))
                .item(Item.fixed("V", "DED", "veto item", "0").asVeto())
                .tierScheme(new TierScheme("T", "tiers", Set.of(Level.PERIOD, Level.YEAR),
                        List.of(Tier.atLeast("PASS", "pass", "60"), Tier.lowest("FAIL", "fail"))))
                .build();
    }

    static PeriodRule quarterly(RollUp rollUp, String totalCap, boolean reward) {
        return new PeriodRule(PeriodUnit.QUARTER, true, rollUp, totalCap == null ? null : Points.of(totalCap), reward,
                null);
    }

    static Cap cap(String min, String max) {
        return new Cap(min == null ? null : Points.of(min), max == null ? null : Points.of(max));
    }

    static OccurrenceCap itemCap(Integer count, String points) {
        return new OccurrenceCap(count, points == null ? null : Points.of(points));
    }
}
