package io.jifen.scoring.result;

/**
 * One category in one period: {@code raw} = signed sum of its items and sub-categories, {@code weighted} = raw ×
 * weight, {@code capped} = weighted clamped by the category cap, {@code overflow} = weighted − capped (what the cap
 * cut off; negative when a minimum lifted a deduction).
 */
public record CategoryResult(String categoryId, String parentId, Explained raw, Explained weighted, Explained capped,
        Explained overflow) {
}
