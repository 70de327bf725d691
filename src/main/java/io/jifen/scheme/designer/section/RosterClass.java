package io.jifen.scheme.designer.section;

/** A class of the organization's roster ({@code io.jifen.organization.MemberClass}) as a scheme class links it. */
record RosterClass(String code, String name) {
}
