package io.jifen.ledger.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ledger reports a batch's problems at {@code $[i].field} of the draft list; each way in (the OA body, a sheet
 * row) maps them back to where its user wrote the value.
 */
public final class DraftPaths {

    private static final Pattern DRAFT = Pattern.compile("^\\$\\[(\\d+)\\](?:\\.(\\w+))?");

    /** @param field the draft's field ({@code memberId}, {@code itemId}, {@code value}…), "" for the whole draft */
    public record At(int index, String field) {
    }

    private DraftPaths() {
    }

    public static Optional<At> parse(String path) {
        Matcher m = DRAFT.matcher(path);
        return m.find() ? Optional.of(new At(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2)))
                : Optional.empty();
    }
}
