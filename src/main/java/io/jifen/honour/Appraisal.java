package io.jifen.honour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's year for 评先选优: per eligibility rule (S9 优秀共产党员评选) the eligible members, best first, with the
 * unit's quota cut, and the quarters' plaque holders (S1 流动荣誉牌). Texts are rendered in the caller's language.
 *
 * @param unitId   the rank unit (支部) the list is for
 * @param complete false while the year is not over or not every period was assessed
 */
public record Appraisal(long unitId, String unitName, int year, boolean complete, List<RuleList> lists,
        List<Plaque> plaques) {

    public Appraisal {
        lists = List.copyOf(lists);
        plaques = List.copyOf(plaques);
    }

    /**
     * The candidates of one rule; {@code quota} null when the unit has none set (nobody is cut).
     */
    public record RuleList(String ruleId, String ruleName, Integer quota, List<Candidate> candidates) {

        public RuleList {
            candidates = List.copyOf(candidates);
        }

        public List<Candidate> withinQuota() {
            return candidates.stream().filter(c -> c.cut() != Cut.OUT).toList();
        }
    }

    /** Where the quota cut leaves a candidate: inside, tied with the last one inside (shown for a decision), out. */
    public enum Cut {
        IN, TIE, OUT
    }

    /**
     * One eligible member and the evidence: each assessed period's tiers, the year's tiers and total, and the
     * eligibility reasons condition by condition.
     */
    public record Candidate(long memberId, String name, int place, BigDecimal total, Integer unitRank,
            List<String> periodTiers, String yearTiers, List<String> reasons, Cut cut) {

        public Candidate {
            periodTiers = List.copyOf(periodTiers);
            reasons = List.copyOf(reasons);
        }
    }

    /** The plaque of one assessed period and who holds it (ties share it). */
    public record Plaque(LocalDate periodStart, LocalDate periodEnd, String ruleName, List<String> holders) {

        public Plaque {
            holders = List.copyOf(holders);
        }
    }
}
