package io.taktline.core.downtime;

/**
 * A change to the stops or to the reason tree that cannot be made, with what was wrong and what to
 * do; nothing of it was applied. A reason tree document's problem names its line and field.
 */
public class DowntimeException extends RuntimeException {

    private final long line;
    private final String field;

    public DowntimeException(String message) {
        this(message, 0, null);
    }

    public DowntimeException(String message, long line, String field) {
        super(message);
        this.line = line;
        this.field = field;
    }

    /** The line of the document the problem is on, or 0 when it is not about a document. */
    public long line() {
        return line;
    }

    /** The path of the field in the document, e.g. {@code reasons[3].parent}, or null. */
    public String field() {
        return field;
    }
}
