package io.jifen.scoring;

import io.jifen.scoring.model.SchemeVersion;

/** Public door to the package-private seed fixtures, for the template tests in {@code io.jifen.scheme.document}. */
public final class SeedFixtures {

    private SeedFixtures() {
    }

    public static SchemeVersion s6() {
        return S6Xinba.scheme();
    }

    public static SchemeVersion s8() {
        return S8Xujiayan.scheme();
    }

    public static SchemeVersion s9() {
        return S9Company.scheme();
    }

    public static SchemeVersion s9Branch() {
        return S9Company.branch();
    }

    public static SchemeVersion s10() {
        return S10Pipeline.scheme();
    }
}
