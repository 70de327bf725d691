package io.jifen.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One assignment or removal of a roster role, written in the same transaction; it outlives the role row. */
@Entity
@Table(name = "unit_role_audit")
public class UnitRoleAudit {

    public enum Action { ASSIGN, REMOVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_role_id", nullable = false, updatable = false)
    private long unitRoleId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "member_name", nullable = false, updatable = false, length = 50)
    private String memberName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private UnitRole.Kind role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Action action;

    @Column(name = "acted_by", nullable = false, updatable = false, length = 100)
    private String actedBy;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected UnitRoleAudit() {
    }

    UnitRoleAudit(UnitRole role, String memberName, Action action, String actedBy, Instant actedAt) {
        this.unitRoleId = role.getId();
        this.organizationId = role.getOrganizationId();
        this.memberId = role.getMemberId();
        this.memberName = memberName;
        this.role = role.getRole();
        this.action = action;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    public long getUnitRoleId() {
        return unitRoleId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public UnitRole.Kind getRole() {
        return role;
    }

    public Action getAction() {
        return action;
    }

    public String getActedBy() {
        return actedBy;
    }

    public Instant getActedAt() {
        return actedAt;
    }
}
