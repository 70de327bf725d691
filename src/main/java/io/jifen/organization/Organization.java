package io.jifen.organization;

import io.jifen.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit of the organization tree. {@code path} holds the ids from the root down ("/1/4/9/") so that "this unit
 * and everything below it" is one indexed prefix query — the basis of every org-scope check and subtree filter.
 */
@Entity
@Table(name = "organization")
public class Organization extends AuditedEntity {

    @NotBlank
    @Size(max = 40, message = "{validation.maxLength}")
    @Pattern(regexp = "[A-Za-z0-9_\\-]+", message = "{validation.code}")
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @NotBlank
    @Size(max = 100, message = "{validation.maxLength}")
    @Column(nullable = false, length = 100)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganizationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    @Column(nullable = false, length = 500)
    private String path = "/";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Organization() {
    }

    public Organization(String code, String name, OrganizationType type) {
        this.code = code;
        this.name = name;
        this.type = type;
    }

    public boolean isWithin(Organization ancestor) {
        // the getter, never ancestor.path: a Hibernate proxy's own field holds the initializer's "/" and would put
        // every unit "within" it
        return getPath().startsWith(ancestor.getPath());
    }

    /** Id of the top-level organization (tenant) this unit belongs to. */
    public long tenantId() {
        return Long.parseLong(path.split("/")[1]);
    }

    public int depth() {
        return path.split("/").length - 2;
    }

    void placeUnder(Organization newParent) {
        this.parent = newParent;
    }

    void setPath(String path) {
        this.path = path;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public Organization getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
