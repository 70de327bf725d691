package io.jifen.integration;

import java.io.IOException;

/** Thrown by the request body stream once the body passes the API's size limit. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
