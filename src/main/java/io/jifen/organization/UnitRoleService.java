package io.jifen.organization;

import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning roster roles (组织角色): a secretary for their branch and its groups, an admin for their subtree. The
 * holder must be on the roster of the unit's subtree today (a group leader a member of that very group), a group
 * leader is named only for a 党小组, and every assignment and removal lands in {@code unit_role_audit}.
 */
@Service
@Transactional
public class UnitRoleService {

    private final UnitRoleRepository roles;
    private final UnitRoleAuditRepository audits;
    private final MemberRepository members;
    private final OrgScope scope;
    private final Clock clock;

    UnitRoleService(UnitRoleRepository roles, UnitRoleAuditRepository audits, MemberRepository members,
            OrgScope scope, Clock clock) {
        this.roles = roles;
        this.audits = audits;
        this.members = members;
        this.scope = scope;
        this.clock = clock;
    }

    /** One holder of a role for a unit, as the organization page lists them. */
    public record Holder(long roleId, UnitRole.Kind kind, long memberId, String memberName, String memberUnit,
            String createdBy, Instant createdAt) {
    }

    public UnitRole assign(JifenUser user, long unitId, long memberId, UnitRole.Kind kind) {
        Organization unit = scope.require(user, unitId);
        if (kind == UnitRole.Kind.GROUP_LEADER && unit.getType() != OrganizationType.GROUP) {
            throw new UserFacingException("unitRole.error.groupLeaderOnGroup", unit.getName());
        }
        // scoped to the unit's subtree, which lies in the user's: a foreign member and a missing one look the same
        Member member = members.findWithin(memberId, unit.getPath())
                .filter(m -> !m.isArchived() && !Membership.goneBy(m, LocalDate.now(clock)))
                .orElseThrow(() -> new UserFacingException("unitRole.error.notOnRoster", unit.getName()));
        if (roles.existsByOrganizationIdAndMemberIdAndRole(unit.getId(), memberId, kind)) {
            throw new UserFacingException("unitRole.error.alreadyHeld", member.getName(), unit.getName());
        }
        Instant now = clock.instant();
        UnitRole role = roles.saveAndFlush(new UnitRole(unit.getId(), memberId, kind, user.username(), now));
        audits.save(new UnitRoleAudit(role, member.getName(), UnitRoleAudit.Action.ASSIGN, user.username(), now));
        return role;
    }

    public void remove(JifenUser user, long roleId) {
        UnitRole role = roles.findWithin(roleId, scope.root(user).getPath())
                .orElseThrow(() -> new AccessDeniedException("no such role in the user's organization"));
        String name = members.findById(role.getMemberId()).map(Member::getName).orElse("");
        audits.save(new UnitRoleAudit(role, name, UnitRoleAudit.Action.REMOVE, user.username(), clock.instant()));
        roles.delete(role);
        roles.flush();
    }

    /** The roles held for exactly this unit, by kind then in order of assignment. */
    @Transactional(readOnly = true)
    public List<Holder> list(JifenUser user, long unitId) {
        Organization unit = scope.require(user, unitId);
        List<UnitRole> held = roles.findByOrganizationIdOrderByRoleAscIdAsc(unit.getId());
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> byId = new HashMap<>();
        members.findWithin(held.stream().map(UnitRole::getMemberId).toList(), unit.getPath())
                .forEach(m -> byId.put(m.getId(), m));
        return held.stream().filter(r -> byId.containsKey(r.getMemberId())).map(r -> {
            Member m = byId.get(r.getMemberId());
            return new Holder(r.getId(), r.getRole(), m.getId(), m.getName(), m.getOrganization().getName(),
                    r.getCreatedBy(), r.getCreatedAt());
        }).toList();
    }

    /** The kinds each member holds anywhere in the user's scope, for the members grid's badges. */
    @Transactional(readOnly = true)
    public Map<Long, Set<UnitRole.Kind>> kindsByMember(JifenUser user) {
        Map<Long, Set<UnitRole.Kind>> out = new HashMap<>();
        roles.findWithin(scope.root(user).getPath()).forEach(r ->
                out.computeIfAbsent(r.getMemberId(), k -> EnumSet.noneOf(UnitRole.Kind.class)).add(r.getRole()));
        return out;
    }

    /** The assignments and removals for a unit, oldest first. */
    @Transactional(readOnly = true)
    public List<UnitRoleAudit> trail(JifenUser user, long unitId) {
        return audits.findByOrganizationIdOrderByIdAsc(scope.require(user, unitId).getId());
    }
}
