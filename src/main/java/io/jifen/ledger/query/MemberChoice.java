package io.jifen.ledger.query;

/** A member the user may record for, as a picker shows it. */
public record MemberChoice(long id, String name, String unitName, String orgPath) {
}
