package io.jifen.shared;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found — not just the first — so that a user (or an OA system)
 * can fix them all in one go. Nothing has been stored when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.size() + " input error(s), first: " + (errors.isEmpty() ? "-" : errors.getFirst()));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }

    /**
     * One problem of the input.
     *
     * @param path       JSON path of the offending value, e.g. {@code $.scheme.categories[3].cap.max}
     * @param messageKey bundle key of the explanation
     * @param arguments  values for the message's placeholders
     */
    public record InputError(String path, String messageKey, List<Object> arguments) {
        public InputError {
            arguments = List.copyOf(arguments);
        }

        public static InputError of(String path, String messageKey, Object... arguments) {
            return new InputError(path, messageKey, List.of(arguments));
        }
    }
}
