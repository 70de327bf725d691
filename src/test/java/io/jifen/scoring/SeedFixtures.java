package io.jifen.scoring;

import io.jifen.scheme.document.SchemeTemplates;
import io.jifen.scoring.model.SchemeVersion;

/**
 * The seed schemes the engine tests work on, read from their templates ({@code src/main/resources/templates}): the
 * JSON files are the one source, and what each template took from the seed and what it invented is said in its
 * {@code info.description}. The tests keep their hand-worked numbers; this class only names the templates and the
 * ids of their tier scales.
 */
public final class SeedFixtures {

    /** S6 新坝乡: 先锋型 / 带头型 / 本色型 / 褪色型. */
    public static final String S6_TYPE = "S6-TYPE";
    /** S8 徐家堰村: 优秀 / 合格 / 基本合格 / 不合格. */
    public static final String S8_GRADE = "S8-GRADE";
    /** S9 公司: 五星 … 一星. */
    public static final String S9_STARS = "S9-STARS";
    /** S9 公司: 民主评议参考 优秀 / 合格 / 基本合格 / 不合格. */
    public static final String S9_APPRAISAL = "S9-APPRAISAL";
    /** S10 管道公司: 优秀 / 合格 / 基本合格 / 不合格. */
    public static final String S10_GRADE = "S10-GRADE";

    private SeedFixtures() {
    }

    public static SchemeVersion s6() {
        return template("s06-xinba-xiang");
    }

    public static SchemeVersion s8() {
        return template("s08-xujiayan-cun");
    }

    public static SchemeVersion s9() {
        return template("s09-gongsi-wuxing");
    }

    /** The example branch extension of {@link #s9()}: its own 个性积分 items inside the budget 35 / 5 / 10. */
    public static SchemeVersion s9Branch() {
        return template("s09-gongsi-zhibu");
    }

    public static SchemeVersion s10() {
        return template("s10-guandao-gongsi");
    }

    public static SchemeVersion template(String id) {
        return SchemeTemplates.load(id).scheme();
    }
}
