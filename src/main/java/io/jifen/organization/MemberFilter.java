package io.jifen.organization;

/**
 * What the members grid is narrowed to. Every field is optional; the service always adds the acting user's scope.
 *
 * @param organizationId show this unit and everything below it
 * @param status         political status
 * @param memberClassId  member class
 * @param name           part of the name
 */
public record MemberFilter(Long organizationId, MemberStatus status, Long memberClassId, String name) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null);
    }
}
