package io.jifen.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded occurrence in the ledger (积分台账): a member, an item of the scheme version in force on the entry's
 * date, what was recorded, and where it stands in review. A decided entry never changes: a correction is a new
 * entry with {@link #getReverses()} set, which cancels the one it points at. Foreign keys are kept as ids, not
 * associations: the ledger is read by the hundred thousand and must not drag members or schemes along.
 */
@Entity
@Table(name = "ledger_entry")
public class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    /** The member's unit when recorded; scope checks use the copied path. */
    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "org_path", nullable = false, updatable = false, length = 500)
    private String orgPath;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    /** The stored scheme version (scheme_version.id) in force for the member's unit on the entry date. */
    @Column(name = "scheme_version_id", nullable = false, updatable = false)
    private long schemeVersionId;

    @Column(name = "item_id", nullable = false, updatable = false, length = 60)
    private String itemId;

    @Column(name = "option_code", updatable = false, length = 40)
    private String optionCode;

    @Column(updatable = false, precision = 9, scale = 2)
    private BigDecimal value;

    @Column(nullable = false, updatable = false)
    private int count = 1;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate date;

    /** 依据: what happened, in the recorder's words. */
    @Column(updatable = false, length = 500)
    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private EntrySource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status = EntryStatus.PENDING;

    /** The review step the entry waits for; null once decided. */
    @Column(name = "current_step", length = 60)
    private String currentStep;

    /** For a reversal: the confirmed entry it cancels. */
    @Column(name = "reverses_id", updatable = false)
    private Long reverses;

    /** Why a reversal was made, or why the last reviewer rejected the entry. */
    @Column(length = 500)
    private String reason;

    /** Entries recorded in one step (a bulk activity, an import, an API batch) share it. */
    @Column(name = "batch_key", updatable = false, length = 60)
    private String batchKey;

    /** The OA system's key of the entry: the same key in the same tenant is stored once. */
    @Column(name = "idempotency_key", updatable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Entry() {
    }

    Entry(long organizationId, String orgPath, long memberId, long schemeVersionId, String itemId, String optionCode,
            BigDecimal value, int count, LocalDate date, String basis, EntrySource source, String recordedBy,
            Instant recordedAt) {
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.memberId = memberId;
        this.schemeVersionId = schemeVersionId;
        this.itemId = itemId;
        this.optionCode = optionCode;
        this.value = value;
        this.count = count;
        this.date = date;
        this.basis = basis;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * A reversal of {@code original}: the same occurrence, cancelled, with the reason. Confirmed at once. It repeats
     * the original — member, item, option, value, count and date — and only points at it: the recompute subtracts it
     * inside the original's group of sums (score/recompute/LedgerFacts).
     */
    static Entry reversalOf(Entry original, String reason, String by, Instant at) {
        Entry r = new Entry(original.organizationId, original.orgPath, original.memberId, original.schemeVersionId,
                original.itemId, original.optionCode, original.value, original.count, original.date, original.basis,
                original.source, by, at);
        r.reverses = original.id;
        r.reason = reason;
        r.status = EntryStatus.CONFIRMED;
        r.decidedAt = at;
        return r;
    }

    void waitFor(String step) {
        this.status = EntryStatus.PENDING;
        this.currentStep = step;
    }

    void confirm(Instant at) {
        this.status = EntryStatus.CONFIRMED;
        this.currentStep = null;
        this.decidedAt = at;
    }

    void reject(String why, Instant at) {
        this.status = EntryStatus.REJECTED;
        this.currentStep = null;
        this.reason = why;
        this.decidedAt = at;
    }

    void withdraw(Instant at) {
        this.status = EntryStatus.WITHDRAWN;
        this.currentStep = null;
        this.decidedAt = at;
    }

    void batch(String key) {
        this.batchKey = key;
    }

    void idempotencyKey(String key) {
        this.idempotencyKey = key;
    }

    public boolean isReversal() {
        return reverses != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getSchemeVersionId() {
        return schemeVersionId;
    }

    public String getItemId() {
        return itemId;
    }

    public String getOptionCode() {
        return optionCode;
    }

    public BigDecimal getValue() {
        return value;
    }

    public int getCount() {
        return count;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getBasis() {
        return basis;
    }

    public EntrySource getSource() {
        return source;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getCurrentStep() {
        return currentStep;
    }

    public Long getReverses() {
        return reverses;
    }

    public String getReason() {
        return reason;
    }

    public String getBatchKey() {
        return batchKey;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
