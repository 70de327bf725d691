package io.jifen.scheme.trial;

import java.util.List;
import java.util.Objects;

/** A try-out kept as a named test case of a scheme: its input and what its author expects it to give. */
public record TrialCase(String name, TrialInput input, List<Expectation> expectations) {

    public TrialCase {
        Objects.requireNonNull(input, "input");
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
    }
}
