package io.jifen.scheme.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects issues while the checks run. */
final class Issues {

    static final String K = "scheme.validation.";

    private final List<ValidationIssue> list = new ArrayList<>();

    void error(String path, String key, Object... args) {
        list.add(ValidationIssue.error(path, K + key, args));
    }

    void warning(String path, String key, Object... args) {
        list.add(ValidationIssue.warning(path, K + key, args));
    }

    ValidationReport report() {
        return new ValidationReport(list);
    }

    static String scheme(String field) {
        return "$.scheme." + field;
    }

    static String at(String list, int index) {
        return "$.scheme." + list + "[" + index + "]";
    }
}
