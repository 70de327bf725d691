package io.jifen.scoring.result;

/**
 * Competition ranking ("1, 1, 3"): {@code position} = 1 + number of members with a strictly higher score;
 * {@code of} = members ranked in the scope; {@code scope} = the unit id, or {@link #ORGANIZATION};
 * {@code fromBottom} = 1 + number of members with a strictly lower score (the same tie rule seen from below).
 */
public record Rank(int position, int of, String scope, int fromBottom) {

    public static final String ORGANIZATION = "ORGANIZATION";
}
