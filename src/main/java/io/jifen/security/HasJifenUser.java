package io.jifen.security;

/** A Spring Security principal that knows the console user behind it (OIDC login, dev login). */
public interface HasJifenUser {
    JifenUser jifenUser();
}
