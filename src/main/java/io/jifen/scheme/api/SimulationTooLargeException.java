package io.jifen.scheme.api;

import java.util.List;

/** A simulation over {@link SimulationLimits}: answered 413 with the limit that was passed. */
final class SimulationTooLargeException extends RuntimeException {

    /** @param path      where the size comes from ({@code $.members}, {@code $.facts})
     *  @param arguments the request's figures and the limit, for the message {@code key} */
    record Limit(String path, String key, List<Object> arguments) {
    }

    private final transient Limit limit;

    SimulationTooLargeException(String path, String key, Object... arguments) {
        super(key);
        this.limit = new Limit(path, key, List.of(arguments));
    }

    Limit limit() {
        return limit;
    }
}
