package io.jifen.organization;

import io.jifen.scoring.ScoredMember;
import java.time.LocalDate;

/**
 * One meaning of membership days for the roster, the ledger and the engine. A member belongs to the organization
 * from the transfer-in date (inclusive) up to the day before the transfer-out date: on the transfer-out day they are
 * already gone. The engine counts its last day inclusively, so it receives the day before. Everything that asks
 * "was this person a member that day" asks here (Member#isActiveOn, the roster count, the ledger's date check).
 */
public final class Membership {

    private Membership() {
    }

    /** The last day the member belongs to the organization, or null while they stay. */
    public static LocalDate lastDay(Member m) {
        return m.getTransferOutDate() == null ? null : m.getTransferOutDate().minusDays(1);
    }

    /** True from the transfer-in date up to the day before the transfer-out date. */
    public static boolean isMemberOn(Member m, LocalDate day) {
        return (m.getTransferInDate() == null || !day.isBefore(m.getTransferInDate())) && !goneBy(m, day);
    }

    /** True from the transfer-out date on: that day is no longer a member day (the roster's transferred-out badge, member.transferredOut). */
    public static boolean goneBy(Member m, LocalDate day) {
        return m.getTransferOutDate() != null && !m.getTransferOutDate().isAfter(day);
    }

    /**
     * The member as the engine scores them.
     *
     * @param unitId  the unit they are ranked in: their 支部 (a 党小组's members rank in the branch above it)
     * @param classId the scheme's member class, which is the roster class code
     */
    public static ScoredMember scored(Member m, String unitId, String classId) {
        if (!hasMemberDays(m)) {
            throw new IllegalArgumentException("member " + m.getId() + " transferred out on the day they came in");
        }
        return new ScoredMember(String.valueOf(m.getId()), unitId, classId,
                io.jifen.scoring.model.MemberStatus.valueOf(m.getStatus().name()), m.isExempt(),
                m.getTransferInDate(), lastDay(m));
    }

    /** False only for a member transferred out on the day they came in: they never belonged for a whole day. */
    public static boolean hasMemberDays(Member m) {
        return m.getTransferInDate() == null || m.getTransferOutDate() == null
                || m.getTransferOutDate().isAfter(m.getTransferInDate());
    }
}
