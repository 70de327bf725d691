package io.jifen.scheme.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Every issue found, errors and warnings, in the order they were found (duplicates removed). */
public record ValidationReport(List<ValidationIssue> issues) {

    public static final ValidationReport EMPTY = new ValidationReport(List.of());

    public ValidationReport {
        issues = List.copyOf(new LinkedHashSet<>(issues));
    }

    /** True only without errors: a scheme with errors cannot be published (warnings do not block). */
    public boolean publishable() {
        return errors().isEmpty();
    }

    public List<ValidationIssue> errors() {
        return issues.stream().filter(ValidationIssue::isError).toList();
    }

    public List<ValidationIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    public ValidationReport merge(ValidationReport other) {
        List<ValidationIssue> all = new ArrayList<>(issues);
        all.addAll(other.issues);
        return new ValidationReport(all);
    }
}
