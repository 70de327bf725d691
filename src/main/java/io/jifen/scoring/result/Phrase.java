package io.jifen.scoring.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An explanation in no language yet (issue 8 point 10): a message key of the bundles ({@code explain.*}) and its
 * typed operands, as validation issues carry theirs. The engine says only this; the edge renders it in the user's
 * language. Operands are points ({@code BigDecimal}), counts, the scheme's own names and ids, dates, periods, enum
 * constants, nested phrases, or lists of them (a list of phrases reads as a sum, any other list as an enumeration);
 * an operand may be null ("—").
 */
public record Phrase(String key, List<Object> operands) {

    public static final String PREFIX = "explain.";

    public Phrase {
        Objects.requireNonNull(key, "key");
        operands = operands == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(operands));
    }

    /** @param key the key without the {@value #PREFIX} prefix */
    public static Phrase of(String key, Object... operands) {
        return new Phrase(PREFIX + key, Arrays.asList(operands));
    }
}
