package io.jifen.organization;

public enum Gender {
    MALE,
    FEMALE;

    public String messageKey() {
        return "member.gender." + name();
    }
}
