package io.jifen.organization;

import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization tree of a tenant: read by admins and secretaries in their scope, shaped by admins only. */
@Service
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final OrgScope scope;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, MemberRepository members, OrgScope scope,
            Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.scope = scope;
        this.clock = clock;
    }

    /** Every unit the user may see, parents before children. */
    @Transactional(readOnly = true)
    public List<Organization> tree(JifenUser user) {
        return organizations.findSubtree(scope.root(user).getPath());
    }

    @Transactional(readOnly = true)
    public Organization get(JifenUser user, long id) {
        return scope.require(user, id);
    }

    /** Units that can hold members, for pickers. */
    @Transactional(readOnly = true)
    public List<Organization> memberUnits(JifenUser user) {
        return tree(user).stream().filter(o -> o.getType().holdsMembers() && o.isActive()).toList();
    }

    public Organization create(JifenUser user, long parentId, Organization draft) {
        scope.requireAdmin(user);
        Organization parent = scope.require(user, parentId);
        requireFits(draft.getType(), parent);
        requireFreeCode(draft.getCode(), null);
        Organization unit = new Organization(draft.getCode().strip(), draft.getName().strip(), draft.getType());
        // 0 is the constructor's default, i.e. "not chosen": a new unit then goes after its siblings
        unit.setSortOrder(draft.getSortOrder() > 0 ? draft.getSortOrder() : organizations.maxSortOrderUnder(parent) + 1);
        unit.placeUnder(parent);
        unit = organizations.saveAndFlush(unit);
        unit.setPath(parent.getPath() + unit.getId() + "/");
        return unit;
    }

    /** The order that puts a new unit below {@code parentId} after all its current siblings, for the form. */
    @Transactional(readOnly = true)
    public int nextSortOrder(JifenUser user, long parentId) {
        return organizations.maxSortOrderUnder(scope.require(user, parentId)) + 1;
    }

    /** Saves name, code, type and order; a stale copy fails with an optimistic-lock conflict. */
    public Organization update(JifenUser user, Organization edited) {
        scope.requireAdmin(user);
        Organization current = scope.require(user, edited.getId());
        if (current.getParent() != null) {
            requireFits(edited.getType(), current.getParent());
        }
        for (Organization child : organizations.findSubtree(current.getPath())) {
            if (child.getParent() != null && child.getParent().getId().equals(current.getId())
                    && !child.getType().mayBeChildOf(edited.getType())) {
                throw new UserFacingException("organization.error.childrenDoNotFit", child.getName());
            }
        }
        requireFreeCode(edited.getCode(), current.getId());
        if (!edited.getType().holdsMembers() && members.countByOrganization(current) > 0) {
            throw new UserFacingException("organization.error.typeHasMembers");
        }
        Organization merged = organizations.saveAndFlush(withTreePlaceOf(current, edited));
        return merged;
    }

    /** Moves a unit and its whole subtree under another parent of the same tenant. */
    public Organization move(JifenUser user, long unitId, long newParentId) {
        scope.requireAdmin(user);
        Organization unit = scope.require(user, unitId);
        Organization newParent = scope.require(user, newParentId);
        if (unit.getParent() == null || unit.getId().equals(scope.root(user).getId())) {
            throw new UserFacingException("organization.error.cannotMoveRoot");
        }
        if (newParent.isWithin(unit)) {
            throw new UserFacingException("organization.error.moveIntoItself");
        }
        requireFits(unit.getType(), newParent);
        String oldPath = unit.getPath();
        String newPath = newParent.getPath() + unit.getId() + "/";
        unit.placeUnder(newParent);
        organizations.saveAndFlush(unit);
        organizations.rewritePaths(oldPath, newPath);
        members.rewriteOrgPaths(oldPath, newPath);
        return organizations.findById(unitId).orElseThrow();
    }

    /** Deactivates a unit and its subtree; refused while people are still registered there. */
    public void deactivate(JifenUser user, long unitId) {
        scope.requireAdmin(user);
        Organization unit = scope.require(user, unitId);
        if (unit.getId().equals(scope.root(user).getId())) {
            throw new UserFacingException("organization.error.cannotDeactivateRoot");
        }
        long active = members.countActiveInSubtree(unit.getPath(), LocalDate.now(clock));
        if (active > 0) {
            throw new UserFacingException("organization.error.hasActiveMembers", unit.getName(), active);
        }
        organizations.findSubtree(unit.getPath()).forEach(o -> o.setActive(false));
    }

    public void reactivate(JifenUser user, long unitId) {
        scope.requireAdmin(user);
        Organization unit = scope.require(user, unitId);
        if (unit.getParent() != null && !unit.getParent().isActive()) {
            throw new UserFacingException("organization.error.parentInactive");
        }
        unit.setActive(true);
    }

    /** Deletes an empty unit. Units that ever had members keep their history: deactivate them instead. */
    public void delete(JifenUser user, long unitId) {
        scope.requireAdmin(user);
        Organization unit = scope.require(user, unitId);
        if (unit.getId().equals(scope.root(user).getId())) {
            throw new UserFacingException("organization.error.cannotDeactivateRoot");
        }
        if (organizations.existsByParent(unit)) {
            throw new UserFacingException("organization.error.hasChildren", unit.getName());
        }
        // one path of advice: people on the roster → transfer them first; only history left → deactivate,
        // which then succeeds because deactivation counts the same roster
        long onRoster = members.countActiveInSubtree(unit.getPath(), LocalDate.now(clock));
        if (onRoster > 0) {
            throw new UserFacingException("organization.error.deleteHasActiveMembers", unit.getName(), onRoster);
        }
        long registered = members.countByOrganization(unit);
        if (registered > 0) {
            throw new UserFacingException("organization.error.hasMembers", unit.getName(), registered);
        }
        organizations.delete(unit);
    }

    private void requireFits(OrganizationType type, Organization parent) {
        if (type == null || !type.mayBeChildOf(parent.getType())) {
            throw new UserFacingException("organization.error.typeDoesNotFit", parent.getName());
        }
    }

    private void requireFreeCode(String code, Long ownId) {
        organizations.findByCode(code == null ? "" : code.strip())
                .filter(o -> !o.getId().equals(ownId))
                .ifPresent(o -> {
                    throw new UserFacingException("organization.error.codeTaken", code);
                });
    }

    /** The editor may change what the form shows; the place in the tree comes from the database, never the form. */
    private static Organization withTreePlaceOf(Organization current, Organization edited) {
        edited.placeUnder(current.getParent());
        edited.setPath(current.getPath());
        edited.setActive(current.isActive());
        return edited;
    }
}
