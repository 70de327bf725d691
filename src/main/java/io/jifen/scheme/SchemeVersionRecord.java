package io.jifen.scheme;

import io.jifen.shared.AuditedEntity;
import io.jifen.shared.UserFacingException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One version of a scheme, stored as its JSON document (docs/scheme-format.md). A published version never changes:
 * this class refuses it, and database triggers refuse it for any other code path.
 */
@Entity
@Table(name = "scheme_version")
@Audited
public class SchemeVersionRecord extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", nullable = false)
    private Scheme scheme;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SchemeStatus status = SchemeStatus.DRAFT;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Lob
    @Column(nullable = false, columnDefinition = "longtext")
    private String document;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    /**
     * The parent's published version this version was last validated or published against (extensions only): the
     * schemes page compares it with the parent's newer versions. Derived, so not part of the audited history.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checked_against_id")
    @NotAudited
    private SchemeVersionRecord checkedAgainst;

    protected SchemeVersionRecord() {
    }

    SchemeVersionRecord(Scheme scheme, int number, String document) {
        this.scheme = scheme;
        this.number = number;
        this.document = document;
    }

    /** A changed document is a draft again: it has to be validated anew before it can be published. */
    void edit(String newDocument) {
        requireNotPublished();
        this.document = newDocument;
        this.status = SchemeStatus.DRAFT;
    }

    void markValidated() {
        requireNotPublished();
        this.status = SchemeStatus.VALIDATED;
    }

    /**
     * Freezes the version. {@code stampedDocument} is the validated document with the identity it is published
     * under (effective date, parent in force on it; see VersionIdentity) — its rules are the ones validated.
     */
    void publish(LocalDate effective, String by, Instant at, String stampedDocument) {
        if (status != SchemeStatus.VALIDATED) {
            throw new UserFacingException("scheme.error.notValidated");
        }
        this.document = stampedDocument;
        this.status = SchemeStatus.PUBLISHED;
        this.effectiveFrom = effective;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    void requireNotPublished() {
        if (status == SchemeStatus.PUBLISHED) {
            throw new UserFacingException("scheme.error.published", number);
        }
    }

    public Scheme getScheme() {
        return scheme;
    }

    public int getNumber() {
        return number;
    }

    public SchemeStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getDocument() {
        return document;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public SchemeVersionRecord getCheckedAgainst() {
        return checkedAgainst;
    }

    void checkedAgainst(SchemeVersionRecord parentVersion) {
        requireNotPublished();
        this.checkedAgainst = parentVersion;
    }
}
