package io.jifen.scheme;

import io.jifen.organization.Organization;
import io.jifen.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The rule set of one organization (积分方案), e.g. a township's 2025 points scheme (trial). Its content lives in
 * versions; a branch's scheme may extend the scheme of an organization above it (个性积分).
 */
@Entity
@Table(name = "scheme")
@Audited
public class Scheme extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false, length = 40)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Scheme parent;

    /** The secretaries of the branches below may edit their own branch's extension of this scheme. */
    @Column(name = "branch_editing", nullable = false)
    private boolean branchEditing;

    protected Scheme() {
    }

    Scheme(Organization organization, String code, String name, Scheme parent) {
        this.organization = organization;
        this.code = code;
        this.name = name;
        this.parent = parent;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    public Scheme getParent() {
        return parent;
    }

    public boolean allowsBranchEditing() {
        return branchEditing;
    }

    void allowBranchEditing(boolean allowed) {
        this.branchEditing = allowed;
    }
}
