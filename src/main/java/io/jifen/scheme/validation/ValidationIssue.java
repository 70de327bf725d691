package io.jifen.scheme.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One finding of the validator.
 *
 * @param path      JSON path of the offending node in the scheme document, e.g. {@code $.scheme.categories[3].cap.max}
 *                  (list indexes as in the model's lists, field names = record component names)
 * @param key       message key in the bundles, always {@code scheme.validation.*}
 * @param arguments MessageFormat arguments of the message ({@link Enum} arguments are translated by
 *                  {@link ValidationMessages}); may contain nulls
 */
public record ValidationIssue(Severity severity, String path, String key, List<Object> arguments) {

    public ValidationIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(key, "key");
        arguments = arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static ValidationIssue error(String path, String key, Object... arguments) {
        return new ValidationIssue(Severity.ERROR, path, key, Arrays.asList(arguments));
    }

    public static ValidationIssue warning(String path, String key, Object... arguments) {
        return new ValidationIssue(Severity.WARNING, path, key, Arrays.asList(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + path + " " + key + " " + arguments;
    }
}
