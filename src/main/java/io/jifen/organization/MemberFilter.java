package io.jifen.organization;

/**
 * What the members grid is narrowed to. Every field is optional; the service always adds the acting user's scope.
 *
 * @param organizationId show this unit and everything below it
 * @param status         political status
 * @param memberClassId  member class
 * @param name           part of the name
 * @param archived       show archived members instead of the roster
 */
public record MemberFilter(Long organizationId, MemberStatus status, Long memberClassId, String name,
        boolean archived) {

    /** The roster: archived members are left out unless asked for. */
    public MemberFilter(Long organizationId, MemberStatus status, Long memberClassId, String name) {
        this(organizationId, status, memberClassId, name, false);
    }

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null);
    }

    public MemberFilter withArchived(boolean showArchived) {
        return new MemberFilter(organizationId, status, memberClassId, name, showArchived);
    }
}
