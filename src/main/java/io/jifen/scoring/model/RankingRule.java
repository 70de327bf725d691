package io.jifen.scoring.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a ranking is based on and who is in it (rule 6).
 *
 * @param basisCategoryId rank by this category's subtotal (S2 ranks by 奉献积分) instead of the total before the
 *                        total cap; null = the total
 * @param statusGroups    members are ranked only against members whose status is in the same group (S2: activists
 *                        must not take members' commendation places: [[FULL, PROBATIONARY], [ACTIVIST, CANDIDATE]]);
 *                        a member whose status is in no group is not ranked; empty = everybody in one ranking
 */
public record RankingRule(String basisCategoryId, List<Set<MemberStatus>> statusGroups) {

    /** Everybody in one ranking on the total: what every scheme did before rule 6. */
    public static final RankingRule TOTAL = new RankingRule(null, List.of());

    public RankingRule {
        statusGroups = statusGroups == null ? List.of() : statusGroups.stream().map(Set::copyOf).toList();
    }

    public boolean isDefault() {
        return basisCategoryId == null && statusGroups.isEmpty();
    }

    /** The group a status ranks in: 0 without groups, the group's index, or −1 when the status is not ranked. */
    public int groupOf(MemberStatus status) {
        if (statusGroups.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < statusGroups.size(); i++) {
            if (statusGroups.get(i).contains(status)) {
                return i;
            }
        }
        return -1;
    }

    /** A stable label of a group for results ("FULL+PROBATIONARY"); null without groups. */
    public String groupLabel(int group) {
        if (statusGroups.isEmpty() || group < 0) {
            return null;
        }
        return statusGroups.get(group).stream().sorted().map(Enum::name).collect(Collectors.joining("+"));
    }
}
