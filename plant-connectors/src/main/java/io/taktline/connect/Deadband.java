package io.taktline.connect;

/**
 * A data change deadband: values closer than this to the last reported one are not reported.
 *
 * @param kind NONE, ABSOLUTE (in the value's unit) or PERCENT (of the node's EURange; the server
 *     rejects it with Bad_FilterNotAllowed when the node has no EURange)
 * @param value the deadband, >= 0 (0..100 for PERCENT)
 */
public record Deadband(Kind kind, double value) {

    public enum Kind {
        NONE,
        ABSOLUTE,
        PERCENT
    }

    public static final Deadband NONE = new Deadband(Kind.NONE, 0);

    public Deadband {
        if (kind == null) {
            kind = Kind.NONE;
        }
        if (!(value >= 0) || (kind == Kind.PERCENT && value > 100)) {
            throw new IllegalArgumentException(
                    "deadband " + value + " (" + kind + ") is out of range; expected >= 0, at most 100 for PERCENT");
        }
    }

    public static Deadband absolute(double value) {
        return new Deadband(Kind.ABSOLUTE, value);
    }

    public static Deadband percent(double value) {
        return new Deadband(Kind.PERCENT, value);
    }
}
