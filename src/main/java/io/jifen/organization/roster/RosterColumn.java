package io.jifen.organization.roster;

import java.util.Set;

/**
 * The columns of the roster workbook, in template order. Titles come from the bundles: the file always carries the
 * Chinese titles (so files travel between users whatever their UI language); the reader also accepts English ones.
 */
public enum RosterColumn {
    NAME("member.name", Kind.TEXT, true, 50, "name"),
    GENDER("member.gender", Kind.CHOICE, true, 0, "gender"),
    BIRTH_DATE("member.birthDate", Kind.DATE, false, 0, "birthDate"),
    JOIN_DATE("member.joinDate", Kind.DATE, false, 0, "joinDate", "joinAfterBirth"),
    STATUS("member.status", Kind.CHOICE, true, 0, "status"),
    MEMBER_CLASS("member.memberClass", Kind.CHOICE, false, 0, "memberClass"),
    UNIT_CODE("roster.column.unitCode", Kind.TEXT, true, 40, "organization"),
    PHONE("member.phone", Kind.TEXT, false, 20, "phone"),
    MOBILE("member.mobile", Kind.YES_NO, false, 0, "mobile"),
    EXEMPT("member.exempt", Kind.YES_NO, false, 0, "exempt"),
    EXEMPT_REASON("member.exemptReason", Kind.TEXT, false, 200, "exemptReason", "exemptionExplained"),
    SSO_USERNAME("member.ssoUsername", Kind.TEXT, false, 100, "ssoUsername"),
    TRANSFER_IN_DATE("member.transferInDate", Kind.DATE, false, 0, "transferInDate"),
    TRANSFER_OUT_DATE("member.transferOutDate", Kind.DATE, false, 0, "transferOutDate", "transferOrderValid");

    enum Kind { TEXT, CHOICE, DATE, YES_NO }

    private final String titleKey;
    private final Kind kind;
    private final boolean required;
    private final int maxLength;
    /** Bean-validation property paths of Member reported under this column (fields and @AssertTrue rules). */
    private final Set<String> properties;

    RosterColumn(String titleKey, Kind kind, boolean required, int maxLength, String... properties) {
        this.titleKey = titleKey;
        this.kind = kind;
        this.required = required;
        this.maxLength = maxLength;
        this.properties = Set.of(properties);
    }

    public String titleKey() {
        return titleKey;
    }

    Kind kind() {
        return kind;
    }

    public boolean required() {
        return required;
    }

    int maxLength() {
        return maxLength;
    }

    /** The column a constraint violation on this Member property belongs to; the name column if none matches. */
    static RosterColumn forProperty(String property) {
        for (RosterColumn column : values()) {
            if (column.properties.contains(property)) {
                return column;
            }
        }
        return NAME;
    }
}
