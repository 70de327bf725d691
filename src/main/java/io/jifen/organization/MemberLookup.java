package io.jifen.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and units by id for features with their own reach (the ledger: a group leader's group, a member's own
 * record). The caller decides the subtree from the acting user first; nothing outside it is ever loaded, so a
 * foreign id and a missing one look the same.
 */
@Component
@Transactional(readOnly = true)
public class MemberLookup {

    private final MemberRepository members;
    private final OrganizationRepository organizations;

    MemberLookup(MemberRepository members, OrganizationRepository organizations) {
        this.members = members;
        this.organizations = organizations;
    }

    public Optional<Member> within(long memberId, String path) {
        return members.findWithin(memberId, path);
    }

    /** The members of {@code ids} under {@code path}, with their units and classes; others are not in the answer. */
    public List<Member> within(Collection<Long> ids, String path) {
        return ids.isEmpty() ? List.of() : members.findWithClassWithin(ids, path);
    }

    public Optional<Organization> unitWithin(long unitId, String path) {
        return organizations.findWithin(unitId, path);
    }

    public List<Organization> subtree(String path) {
        return organizations.findSubtree(path);
    }
}
