package io.jifen.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A period closed for a unit and everything below it: no new entries, no decisions (only an admin's reversal). */
@Entity
@Table(name = "ledger_period_closure")
public class PeriodClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "org_path", nullable = false, updatable = false, length = 500)
    private String orgPath;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate start;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate end;

    @Column(name = "closed_by", nullable = false, updatable = false, length = 100)
    private String closedBy;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    protected PeriodClosure() {
    }

    PeriodClosure(long organizationId, String orgPath, LocalDate start, LocalDate end, String closedBy,
            Instant closedAt) {
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.start = start;
        this.end = end;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
