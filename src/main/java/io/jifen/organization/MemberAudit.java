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
 * One archive, restore or delete of a member, written in the same transaction. It copies name and unit so that the
 * record still says whom it was about after a mistake-delete removed the member row.
 */
@Entity
@Table(name = "member_audit")
public class MemberAudit {

    public enum Action { ARCHIVE, RESTORE, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "member_name", nullable = false, updatable = false, length = 50)
    private String memberName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Action action;

    @Column(updatable = false, length = 200)
    private String reason;

    @Column(name = "acted_by", nullable = false, updatable = false, length = 100)
    private String actedBy;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    protected MemberAudit() {
    }

    MemberAudit(Member member, Action action, String reason, String actedBy, Instant actedAt) {
        this.memberId = member.getId();
        this.organizationId = member.getOrganization().getId();
        this.memberName = member.getName();
        this.action = action;
        this.reason = reason;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getMemberName() {
        return memberName;
    }

    public Action getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public String getActedBy() {
        return actedBy;
    }

    public Instant getActedAt() {
        return actedAt;
    }
}
