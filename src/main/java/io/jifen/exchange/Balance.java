package io.jifen.exchange;

import io.jifen.scoring.model.Period;
import java.math.BigDecimal;

/**
 * A member's exchange balance (兑换积分) for one evaluation year, apart from the honour score.
 *
 * @param earned the capped points of the exchangeable categories over the year's assessed periods, as the engine
 *               counts them from the confirmed ledger (reversals included)
 * @param spent  points of the year's redemptions not cancelled
 * @param period the assessed period containing the day asked for: redemptions are recorded in it
 */
public record Balance(long memberId, Period year, Period period, BigDecimal earned, BigDecimal spent) {

    /** Negative only when a reversal took back points already spent; nothing can be redeemed then. */
    public BigDecimal available() {
        return earned.subtract(spent);
    }
}
