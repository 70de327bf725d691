package io.jifen.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision of the review trail: who decided which step of an entry, when, and why. Written once. */
@Entity
@Table(name = "ledger_review")
public class Review {

    public enum Decision {
        APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "step_id", nullable = false, updatable = false, length = 60)
    private String stepId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private Decision decision;

    @Column(updatable = false, length = 500)
    private String reason;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected Review() {
    }

    Review(long entryId, String stepId, Decision decision, String reason, String decidedBy, Instant decidedAt) {
        this.entryId = entryId;
        this.stepId = stepId;
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getStepId() {
        return stepId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
