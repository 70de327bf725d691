package io.jifen.scoring.result;

/**
 * Competition ranking ("1, 1, 3"): {@code position} = 1 + number of members with a strictly higher score;
 * {@code of} = members ranked in the scope; {@code scope} = the unit id, or {@link #ORGANIZATION};
 * {@code fromBottom} = 1 + number of members with a strictly lower score (the same tie rule seen from below);
 * {@code group} = the status group ranked together (rule 6, e.g. "FULL+PROBATIONARY"), null when everybody is;
 * {@code basis} = the number ranked on (the total before the total cap, or a category subtotal), explained.
 */
public record Rank(int position, int of, String scope, int fromBottom, String group, Explained basis) {

    public static final String ORGANIZATION = "ORGANIZATION";

    /** A rank of everybody together on the total, as before rule 6. */
    public Rank(int position, int of, String scope, int fromBottom) {
        this(position, of, scope, fromBottom, null, null);
    }

    public Rank in(String statusGroup, Explained rankBasis) {
        return new Rank(position, of, scope, fromBottom, statusGroup, rankBasis);
    }
}
