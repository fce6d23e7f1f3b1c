package io.taktline.core.asset;

/**
 * An asset model, or a change to it, that cannot be applied; the message names the place (line and
 * field of a document, or the asset's path) and what to do. Nothing of a failed change is applied.
 */
public class AssetModelException extends RuntimeException {

    private final long line;
    private final String field;

    public AssetModelException(String message) {
        this(message, 0, null);
    }

    public AssetModelException(String message, long line, String field) {
        super(message);
        this.line = line;
        this.field = field;
    }

    /** The line of the document the problem is on, or 0 when it is not about a document. */
    public long line() {
        return line;
    }

    /** The path of the field in the document, e.g. {@code assets[0].tags[2].role}, or null. */
    public String field() {
        return field;
    }
}
