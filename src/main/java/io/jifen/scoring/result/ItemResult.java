package io.jifen.scoring.result;

/**
 * One item in one period: {@code raw} is every occurrence at full value, {@code capped} after the item's count and
 * points caps (both magnitudes), {@code signed} with the category's sign — that is what the category adds up.
 */
public record ItemResult(String itemId, String categoryId, int occurrences, int countedOccurrences, Explained raw,
        Explained capped, Explained signed) {
}
