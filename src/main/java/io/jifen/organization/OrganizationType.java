package io.jifen.organization;

/** Levels of the party organization tree, top down: 党委 → 党总支 → 党支部 → 党小组. */
public enum OrganizationType {
    PARTY_COMMITTEE,
    GENERAL_BRANCH,
    BRANCH,
    GROUP;

    /** A unit sits below a strictly higher level; a 党委 may also sit below another 党委 (e.g. a county's). */
    public boolean mayBeChildOf(OrganizationType parent) {
        return parent.ordinal() < ordinal() || (this == PARTY_COMMITTEE && parent == PARTY_COMMITTEE);
    }

    /** Members are registered in a 支部 or one of its 党小组. */
    public boolean holdsMembers() {
        return this == BRANCH || this == GROUP;
    }

    public String messageKey() {
        return "organization.type." + name();
    }
}
