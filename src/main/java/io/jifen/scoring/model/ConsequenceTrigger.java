package io.jifen.scoring.model;

/**
 * When a {@link ConsequenceRule} fires. "At or below" always means the named tier or a worse one. Counts of
 * periods are taken within the evaluated range, so callers pass enough history (e.g. several years for S8).
 */
public sealed interface ConsequenceTrigger {

    /** Among the N lowest of the unit / whole organization; ties at the boundary are all included (S2 后3位). */
    record BottomN(int n, RankScope scope) implements ConsequenceTrigger {
    }

    /** Among the N highest (S1 流动荣誉牌, S2 前10名 表彰). */
    record TopN(int n, RankScope scope) implements ConsequenceTrigger {
    }

    /** Graded at or below a tier (S9 二星/一星 → 当月约谈; S8 预备党员 基本合格及以下 → longer probation). */
    record AtOrBelowTier(String tierSchemeId, String tierId) implements ConsequenceTrigger {
    }

    /** At or below a tier in {@code times} consecutive periods; fires once, when the run reaches that length (S10). */
    record ConsecutiveAtOrBelow(String tierSchemeId, String tierId, int times) implements ConsequenceTrigger {
    }

    /** The {@code nth} time (not necessarily consecutive) at or below a tier (S8 escalation 1× / 2× / 3×). */
    record NthTimeAtOrBelow(String tierSchemeId, String tierId, int nth) implements ConsequenceTrigger {
    }

    enum RankScope {
        UNIT, ORGANIZATION
    }
}
