package io.jifen.organization;

import io.jifen.security.JifenUser;
import io.jifen.shared.UserFacingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roster: secretaries and admins manage members in their scope; a member reads only their own record. */
@Service
@Transactional
public class MemberService {

    /** How long after its creation a member entered by mistake may still be deleted outright. */
    public static final Duration MISTAKE_WINDOW = Duration.ofDays(1);

    private final MemberRepository members;
    private final MemberClassRepository memberClasses;
    private final OrgScope scope;
    private final MemberAuditRepository audits;

    MemberService(MemberRepository members, MemberClassRepository memberClasses, OrgScope scope,
            MemberAuditRepository audits) {
        this.members = members;
        this.memberClasses = memberClasses;
        this.scope = scope;
        this.audits = audits;
    }

    /**
     * One page for the grid, filtered and sorted in the database along an index ({@link MemberOrder}). A slice, not
     * a page: the grid asks {@link #count} once per filter, so a page fetch runs no COUNT of its own.
     */
    @Transactional(readOnly = true)
    public List<Member> page(JifenUser user, MemberFilter filter, Pageable pageable) {
        Pageable indexed = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                MemberOrder.indexed(pageable.getSort()));
        return members.findBy(specification(user, filter), query -> query.slice(indexed)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(JifenUser user, MemberFilter filter) {
        return members.count(specification(user, filter));
    }

    /**
     * Every member matching the filter in the grid's order ({@code sort} as the grid sends it), for the Excel export
     * (streams would outlive the transaction).
     */
    @Transactional(readOnly = true)
    public List<Member> all(JifenUser user, MemberFilter filter, Sort sort) {
        return members.findAll(specification(user, filter), MemberOrder.indexed(sort));
    }

    Specification<Member> specification(JifenUser user, MemberFilter filter) {
        Organization root = scope.root(user);
        Organization unit = filter.organizationId() == null ? null : scope.require(user, filter.organizationId());
        return MemberSpecifications.matching(root, unit, filter);
    }

    @Transactional(readOnly = true)
    public Member get(JifenUser user, long id) {
        return members.findWithin(id, scope.root(user).getPath())
                .orElseThrow(() -> new AccessDeniedException("no member"));
    }

    /**
     * The signed-in person's own roster entry: the member linked to their login name in the tenant of their own
     * {@code org_code}. Another tenant may link a member to the same name; that never makes it this user's profile.
     */
    @Transactional(readOnly = true)
    public Optional<Member> myProfile(JifenUser user) {
        return scope.tenantPath(user).flatMap(tenant -> members.findLinked(user.username(), tenant));
    }

    /** Member classes of the user's tenant, for pickers and the import. */
    @Transactional(readOnly = true)
    public List<MemberClass> memberClasses(JifenUser user) {
        return memberClasses.findByOrganizationIdOrderBySortOrder(scope.root(user).tenantId());
    }

    public Member save(JifenUser user, Member edited) {
        if (!edited.isNew()) {
            get(user, edited.getId()); // the stored member must be in scope, not only the unit the form names
        }
        Organization unit = scope.require(user, edited.getOrganization() == null ? null : edited.getOrganization().getId());
        requireMemberUnit(unit);
        requireOwnClass(user, edited.getMemberClass());
        requireFreeUsername(edited.getSsoUsername(), edited.getId(), unit);
        edited.setOrganization(unit);
        return members.saveAndFlush(edited);
    }

    /** Moves the selected members to another unit in one transaction: all of them or none. */
    public int moveAll(JifenUser user, Collection<Long> memberIds, long targetUnitId) {
        Organization target = scope.require(user, targetUnitId);
        requireMemberUnit(target);
        List<Member> selected = members.findWithin(memberIds, scope.root(user).getPath());
        if (selected.size() != memberIds.size()) {
            throw new AccessDeniedException("unknown member ids");
        }
        selected.forEach(m -> m.setOrganization(target));
        return selected.size();
    }

    /**
     * Takes a member off the roster (left, died, imported by mistake long ago) without losing anything: the row
     * stays with who, when and why, and the audit trail records it. Archived members leave the default grid.
     */
    public Member archive(JifenUser user, long memberId, String reason) {
        Member member = inScope(user, memberId);
        if (member.isArchived()) {
            throw new UserFacingException("member.error.alreadyArchived", member.getName());
        }
        String why = requireReason(reason);
        Instant now = Instant.now();
        member.archive(now, user.username(), why);
        audits.save(new MemberAudit(member, MemberAudit.Action.ARCHIVE, why, user.username(), now));
        return members.saveAndFlush(member);
    }

    /** Puts an archived member back on the roster; the archive stays in the audit trail. */
    public Member restore(JifenUser user, long memberId) {
        Member member = inScope(user, memberId);
        if (member.isArchived()) {
            member.restore();
            audits.save(new MemberAudit(member, MemberAudit.Action.RESTORE, null, user.username(), Instant.now()));
        }
        return members.saveAndFlush(member);
    }

    /**
     * Removes a member entered by mistake, only within {@link #MISTAKE_WINDOW} of its creation: later the record may
     * already carry scores and must be archived instead. The audit row keeps name, unit, reason and acting user.
     */
    public void deleteMistake(JifenUser user, long memberId, String reason) {
        Member member = inScope(user, memberId);
        if (!isDeletable(member)) {
            throw new UserFacingException("member.error.tooOldToDelete", member.getName());
        }
        String why = requireReason(reason);
        audits.save(new MemberAudit(member, MemberAudit.Action.DELETE, why, user.username(), Instant.now()));
        members.delete(member);
        members.flush();
    }

    /** Whether a mistake-delete is still allowed; the view offers the button only then. */
    public boolean isDeletable(Member member) {
        return member.getCreatedAt() != null
                && member.getCreatedAt().isAfter(Instant.now().minus(MISTAKE_WINDOW));
    }

    /** The archive/restore/delete trail of one member, oldest first; a deleted member is judged by its last unit. */
    @Transactional(readOnly = true)
    public List<MemberAudit> auditTrail(JifenUser user, long memberId) {
        List<MemberAudit> trail = audits.findByMemberIdOrderByIdAsc(memberId);
        Optional<Member> existing = members.findWithin(memberId, scope.root(user).getPath());
        if (existing.isPresent()) {
            scope.require(user, existing.get().getOrganization());
        } else if (trail.isEmpty()) {
            throw new AccessDeniedException("no member");
        } else {
            scope.require(user, trail.getLast().getOrganizationId());
        }
        return trail;
    }

    /** Scope before anything is revealed: a foreign id and a missing id fail alike. */
    private Member inScope(JifenUser user, long memberId) {
        Member member = members.findWithin(memberId, scope.root(user).getPath())
                .orElseThrow(() -> new AccessDeniedException("no member"));
        scope.require(user, member.getOrganization()); // the role: a member may read their unit, never change it
        return member;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("member.error.reasonRequired");
        }
        String why = reason.strip();
        if (why.length() > 200) {
            throw new UserFacingException("member.error.reasonTooLong", 200);
        }
        return why;
    }

    void requireMemberUnit(Organization unit) {
        if (!unit.getType().holdsMembers()) {
            throw new UserFacingException("member.error.unitHoldsNoMembers", unit.getName());
        }
        if (!unit.isActive()) {
            throw new UserFacingException("member.error.unitInactive", unit.getName());
        }
    }

    private void requireOwnClass(JifenUser user, MemberClass memberClass) {
        if (memberClass == null) {
            return;
        }
        MemberClass stored = memberClasses.findById(memberClass.getId())
                .orElseThrow(() -> new AccessDeniedException("unknown member class"));
        if (stored.getOrganization().getId() != scope.root(user).tenantId()) {
            throw new AccessDeniedException("member class of another organization");
        }
    }

    /**
     * A login name is unique within the tenant of the member's (scope-checked) unit. Only that tenant is asked: a
     * name linked in another tenant is free here, so the answer tells nothing about other tenants.
     */
    private void requireFreeUsername(String username, Long ownId, Organization unit) {
        if (username == null) {
            return;
        }
        members.findLinked(username, "/" + unit.tenantId() + "/").filter(m -> !m.getId().equals(ownId))
                .ifPresent(m -> {
                    throw new UserFacingException("member.error.usernameTaken", username);
                });
    }
}
