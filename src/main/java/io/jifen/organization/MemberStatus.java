package io.jifen.organization;

/** Political status of a person on the roster; non-full members are scored too (DOMAIN.md S2, S3, S5). */
public enum MemberStatus {
    FULL,          // 正式党员
    PROBATIONARY,  // 预备党员
    CANDIDATE,     // 发展对象
    ACTIVIST;      // 入党积极分子

    public String messageKey() {
        return "member.status." + name();
    }
}
