package io.jifen.organization;

import io.jifen.shared.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A person on the roster of a 支部 or 党小组: party member, probationary member, candidate or activist. */
@Entity
@Table(name = "member")
public class Member extends AuditedEntity {

    @NotBlank
    @Size(max = 50, message = "{validation.maxLength}")
    @Column(nullable = false, length = 50)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;

    @Past
    @Column(name = "birth_date")
    private LocalDate birthDate;

    @PastOrPresent
    @Column(name = "join_date")
    private LocalDate joinDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status = MemberStatus.FULL;

    /** 流动党员: works away from home; still scored, often with their own items. */
    @Column(nullable = false)
    private boolean mobile;

    /** Exempt from scoring (bed-ridden, ill: S6, S9); graded directly by the assembly instead. */
    @Column(nullable = false)
    private boolean exempt;

    @Size(max = 200, message = "{validation.maxLength}")
    @Column(name = "exempt_reason", length = 200)
    private String exemptReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_class_id")
    private MemberClass memberClass;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Pattern(regexp = "|1\\d{10}|0\\d{2,3}-?\\d{7,8}", message = "{validation.phone}")
    @Column(length = 20)
    private String phone;

    /** Login name in the portal's SSO; links the person to their own profile and claims. Unique per tenant. */
    @Size(max = 100, message = "{validation.maxLength}")
    @Pattern(regexp = "|[A-Za-z0-9._@\\-]+", message = "{validation.username}")
    @Column(name = "sso_username", length = 100)
    private String ssoUsername;

    @Column(name = "transfer_in_date")
    private LocalDate transferInDate;

    @Column(name = "transfer_out_date")
    private LocalDate transferOutDate;

    // --- members grid (issue 6): stored keys that let an index serve order, scope and name search ---

    /** Pinyin order of the name ({@link NameKeys#sortKey}); MariaDB's own collations sort Chinese by code point. */
    @Column(name = "name_key", nullable = false, length = NameKeys.MAX_SORT_KEY)
    private String nameKey = "";

    /** Copy of the unit's path, so scope, unit filter and unit order need no join; rewritten when a unit moves. */
    @Column(name = "org_path", nullable = false, length = 500)
    private String orgPath = "";

    /** The class column's sort, by the foreign key itself so that an index serves it. */
    @Column(name = "member_class_id", insertable = false, updatable = false)
    private Long memberClassId;

    /** Prefixes a name search matches on ({@link NameKeys#searchTerms}); replaced, never read, by the entity. */
    @ElementCollection
    @CollectionTable(name = "member_name_search", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "term", nullable = false, length = NameKeys.MAX_TERM)
    private Set<String> nameSearch = new HashSet<>();

    /** Off the roster but kept with its history; set only through {@link MemberService#archive}. */
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by", length = 100)
    private String archivedBy;

    @Column(name = "archive_reason", length = 200)
    private String archiveReason;

    public Member() {
    }

    @AssertTrue(message = "{validation.member.exemptReason}")
    boolean isExemptionExplained() {
        return !exempt || (exemptReason != null && !exemptReason.isBlank());
    }

    @AssertTrue(message = "{validation.member.transferDates}")
    boolean isTransferOrderValid() {
        return transferInDate == null || transferOutDate == null || !transferOutDate.isBefore(transferInDate);
    }

    @AssertTrue(message = "{validation.member.joinAfterBirth}")
    boolean isJoinAfterBirth() {
        return birthDate == null || joinDate == null || joinDate.isAfter(birthDate);
    }

    /** Still on the roster on {@code day}: the transfer-out date is not a member day (see Membership). */
    public boolean isActiveOn(LocalDate day) {
        return !Membership.goneBy(this, day);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        String stripped = name == null ? null : name.strip();
        if (!Objects.equals(stripped, this.name)) {
            // a new set, not a change of the loaded one: a detached member (the form's) has no session to load it
            this.nameKey = NameKeys.sortKey(stripped);
            this.nameSearch = new HashSet<>(NameKeys.searchTerms(stripped));
        }
        this.name = stripped;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public LocalDate getJoinDate() {
        return joinDate;
    }

    public void setJoinDate(LocalDate joinDate) {
        this.joinDate = joinDate;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public boolean isMobile() {
        return mobile;
    }

    public void setMobile(boolean mobile) {
        this.mobile = mobile;
    }

    public boolean isExempt() {
        return exempt;
    }

    public void setExempt(boolean exempt) {
        this.exempt = exempt;
    }

    public String getExemptReason() {
        return exemptReason;
    }

    public void setExemptReason(String exemptReason) {
        this.exemptReason = exemptReason;
    }

    public MemberClass getMemberClass() {
        return memberClass;
    }

    public void setMemberClass(MemberClass memberClass) {
        this.memberClass = memberClass;
    }

    public Organization getOrganization() {
        return organization;
    }

    public void setOrganization(Organization organization) {
        this.organization = organization;
        this.orgPath = organization == null ? "" : organization.getPath();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? null : phone.strip();
    }

    public String getSsoUsername() {
        return ssoUsername;
    }

    public void setSsoUsername(String ssoUsername) {
        this.ssoUsername = ssoUsername == null || ssoUsername.isBlank() ? null : ssoUsername.strip();
    }

    public LocalDate getTransferInDate() {
        return transferInDate;
    }

    public void setTransferInDate(LocalDate transferInDate) {
        this.transferInDate = transferInDate;
    }

    public LocalDate getTransferOutDate() {
        return transferOutDate;
    }

    public void setTransferOutDate(LocalDate transferOutDate) {
        this.transferOutDate = transferOutDate;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public String getArchivedBy() {
        return archivedBy;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    void archive(Instant when, String by, String reason) {
        this.archivedAt = when;
        this.archivedBy = by;
        this.archiveReason = reason;
    }

    void restore() {
        archive(null, null, null);
    }
}
