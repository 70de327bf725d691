package io.jifen.exchange;

/**
 * What the fulfilment queue shows.
 *
 * @param state    null for every state
 * @param giftName a part of the gift's name, or null/blank for any gift
 */
public record RedemptionFilter(Redemption.State state, String giftName) {
}
