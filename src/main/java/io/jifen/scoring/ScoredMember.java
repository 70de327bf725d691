package io.jifen.scoring;

import io.jifen.scoring.model.MemberStatus;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member as the engine needs them.
 *
 * @param unitId        the unit ranks are computed in (usually the 支部)
 * @param transferredIn first day of membership in this organization (null = before the evaluated range)
 * @param transferredOut last day of membership, inclusive (null = still a member)
 */
public record ScoredMember(String id, String unitId, String classId, MemberStatus status, boolean exempt,
        LocalDate transferredIn, LocalDate transferredOut) {

    public ScoredMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(classId, "classId");
        status = status == null ? MemberStatus.FULL : status;
        if (transferredIn != null && transferredOut != null && transferredOut.isBefore(transferredIn)) {
            throw new IllegalArgumentException("member " + id + ": transferred out before transferred in");
        }
    }

    public static ScoredMember of(String id, String unitId, String classId) {
        return new ScoredMember(id, unitId, classId, MemberStatus.FULL, false, null, null);
    }

    public ScoredMember withStatus(MemberStatus s) {
        return new ScoredMember(id, unitId, classId, s, exempt, transferredIn, transferredOut);
    }

    public ScoredMember asExempt() {
        return new ScoredMember(id, unitId, classId, status, true, transferredIn, transferredOut);
    }

    public ScoredMember withMembership(LocalDate in, LocalDate out) {
        return new ScoredMember(id, unitId, classId, status, exempt, in, out);
    }

    public boolean isMemberOn(LocalDate d) {
        return (transferredIn == null || !d.isBefore(transferredIn))
                && (transferredOut == null || !d.isAfter(transferredOut));
    }
}
