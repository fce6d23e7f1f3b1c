package io.taktline.core.andon;

import java.util.Arrays;
import java.util.Locale;

/** What an andon call asks for. */
public enum AndonKind {
    /** The team leader is needed at the station. */
    HELP,
    /** Parts are running out. */
    MATERIAL,
    /** A part or the process looks wrong. */
    QUALITY,
    /** The equipment needs maintenance. */
    MAINTENANCE;

    /** @throws AndonException naming the value and the kinds there are */
    public static AndonKind parse(String field, String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw AndonException.invalid(field + " is '" + value + "'; give one of " + Arrays.toString(values()));
        }
    }
}
