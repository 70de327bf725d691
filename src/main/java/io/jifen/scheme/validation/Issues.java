package io.jifen.scheme.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** True when an issue (error or warning) was already recorded at exactly this path. */
    boolean reported(String path) {
        return list.stream().anyMatch(i -> i.path().equals(path));
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

    void blankId(String id, String path) {
        if (id == null || id.isBlank()) {
            error(path, "id.blank");
        }
    }

    void blankName(String name, String path) {
        if (name == null || name.isBlank()) {
            error(path, "name.blank");
        }
    }

    void unique(Map<String, Integer> seen, String id, int index, String path) {
        if (id != null && !id.isBlank() && seen.putIfAbsent(id, index) != null) {
            error(path, "id.duplicate", id);
        }
    }
}
