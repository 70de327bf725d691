package io.jifen.shared;

/** A refusal because the data clashes with what is stored (a code already taken): HTTP 409 in the API. */
public class ConflictException extends UserFacingException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
