package io.taktline.connect;

/** Quality of a sample, reduced from the OPC UA status code to its severity. */
public enum Quality {
    GOOD,
    UNCERTAIN,
    BAD;

    /** The stored code: 0 good, 1 uncertain, 2 bad. */
    public short code() {
        return (short) ordinal();
    }

    public static Quality ofCode(int code) {
        Quality[] all = values();
        if (code < 0 || code >= all.length) {
            throw new IllegalArgumentException(
                    "quality code " + code + " is unknown; expected 0 (GOOD), 1 (UNCERTAIN) or 2 (BAD)");
        }
        return all[code];
    }
}
