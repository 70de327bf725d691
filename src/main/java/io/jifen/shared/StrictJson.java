package io.jifen.shared;

import io.jifen.shared.InvalidInputException.InputError;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an API request body strictly: a duplicate key is an error (a lenient parser silently keeps the last one),
 * decimals stay exact {@link java.math.BigDecimal}s (so 1e400 is a huge number, not Infinity), and nothing may
 * follow the value. A failure is an {@link InvalidInputException} with the JSON path where the parser stopped.
 */
public final class StrictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** More digits than this before the decimal point cannot be points (the engine sums in long cents). */
    public static final int MAX_INTEGER_DIGITS = 12;
    /** Points have two decimals; a few more are read (and rounded or compared exactly), hundreds are not. */
    public static final int MAX_DECIMALS = 6;

    private StrictJson() {
    }

    /**
     * Whether a number read from a request can be a score at all: 1e400 or 1e-400 are valid JSON and exact
     * BigDecimals, but no score — a reading limit, below which the format's own bounds apply.
     */
    public static boolean fits(java.math.BigDecimal value) {
        java.math.BigDecimal plain = value.stripTrailingZeros();
        return plain.precision() - plain.scale() <= MAX_INTEGER_DIGITS && plain.scale() <= MAX_DECIMALS;
    }

    public static JsonNode read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidInputException(List.of(InputError.of("$", "api.json.empty")));
        }
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidInputException(List.of(InputError.of("$", "api.json.empty")));
            }
            return tree;
        } catch (JacksonException e) {
            throw new InvalidInputException(List.of(error(e)));
        }
    }

    private static InputError error(JacksonException e) {
        String path = e instanceof StreamReadException read && read.processor() instanceof JsonParser parser
                ? path(parser.streamReadContext()) : "$";
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate")) {
            return InputError.of(path, "api.json.duplicateKey");
        }
        TokenStreamLocation at = e.getLocation();
        return at == null ? InputError.of(path, "api.error.unreadable")
                : InputError.of(path, "api.json.syntax", at.getLineNr(), at.getColumnNr());
    }

    /** JSON path ({@code $.members[2].id}) of where the parser is. */
    private static String path(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                parts.push("." + c.currentName());
            }
        }
        return "$" + String.join("", parts);
    }
}
