package io.jifen.overview;

/**
 * What the other parts report for one unit; each field may be null (its source is absent or silent).
 *
 * @param publicationKey     bundle key of the publication state label (e.g. a 公示 state), or null
 * @param openObjections     objections not answered yet
 * @param overdueObjections  objections whose answer deadline has passed
 * @param openTasks          follow-up tasks not completed
 * @param overdueTasks       follow-up tasks past their due date
 */
public record BranchStatus(String publicationKey, Integer openObjections, Integer overdueObjections, Integer openTasks,
        Integer overdueTasks) {

    public static final BranchStatus UNKNOWN = new BranchStatus(null, null, null, null, null);

    /** This status with the gaps filled from {@code other}: several sources each know a part. */
    public BranchStatus merge(BranchStatus other) {
        return new BranchStatus(first(publicationKey, other.publicationKey), first(openObjections,
                other.openObjections), first(overdueObjections, other.overdueObjections), first(openTasks,
                other.openTasks), first(overdueTasks, other.overdueTasks));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
