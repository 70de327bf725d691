package io.jifen.organization;

import io.jifen.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A group of members by role, age or health (S6: four classes with their own base score; S7: 村组干部 / 普通 /
 * 流动 / 年老体弱). Defined per top-level organization; the scheme gives each class its base score and items.
 */
@Entity
@Table(name = "member_class")
public class MemberClass extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @NotBlank
    @Size(max = 40, message = "{validation.maxLength}")
    @Column(nullable = false, length = 40)
    private String code;

    @NotBlank
    @Size(max = 60, message = "{validation.maxLength}")
    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected MemberClass() {
    }

    public MemberClass(Organization organization, String code, String name, int sortOrder) {
        this.organization = organization;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
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

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public String toString() {
        return name;
    }
}
