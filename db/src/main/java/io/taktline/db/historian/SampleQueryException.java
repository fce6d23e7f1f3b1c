package io.taktline.db.historian;

/** A sample query failed; the message says which query, the cause says why. */
public final class SampleQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SampleQueryException(String what, Throwable cause) {
        super(what + " failed: " + cause.getMessage(), cause);
    }
}
