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

/**
 * A role on the roster: a member holds it for a unit and everything below it (a group leader for their 党小组, a
 * department head or a review-panel seat for a unit). Not a console role: it widens what a member may do in the
 * ledger, within that unit only.
 */
@Entity
@Table(name = "unit_role")
public class UnitRole {

    /** The roster roles; names match the scheme workflow's performer roles where they perform a review step. */
    public enum Kind {
        GROUP_LEADER, DEPARTMENT_HEAD, BRANCH_COMMITTEE, REVIEW_PANEL, GENERAL_BRANCH_COMMITTEE, TOWNSHIP_DEPARTMENTS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private Kind role;

    @Column(name = "created_by", updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected UnitRole() {
    }

    UnitRole(long organizationId, long memberId, Kind role, String createdBy, Instant createdAt) {
        this.organizationId = organizationId;
        this.memberId = memberId;
        this.role = role;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public long getMemberId() {
        return memberId;
    }

    public Kind getRole() {
        return role;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
