package io.taktline.core.document;

/**
 * How long the texts people and PLCs write may be, and what they may hold: no control characters
 * (PostgreSQL cannot store U+0000, and none belongs in a name), line breaks and tabs only where a
 * text is free prose (a comment, a description).
 */
public final class TextLimits {

    /** Codes: assets, reasons, equipment classes. */
    public static final int CODE = 64;

    /** Names people read on a board or in a report. */
    public static final int NAME = 200;

    /** Any other text: descriptions, node identifiers, comments. */
    public static final int TEXT = 4000;

    private TextLimits() {}

    /** {@code text} if it is at most {@code max} characters of one line; otherwise a message naming {@code what}. */
    public static String line(String what, String text, int max) {
        return checked(what, text, max, false);
    }

    /** {@code text} if it is at most {@code max} characters, where line breaks and tabs are allowed. */
    public static String prose(String what, String text, int max) {
        return checked(what, text, max, true);
    }

    private static String checked(String what, String text, int max, boolean breaks) {
        String fault = fault(text, max, breaks);
        if (fault != null) {
            throw new IllegalArgumentException(what + " " + fault);
        }
        return text;
    }

    /**
     * What is wrong with {@code text}, said without the text itself (e.g. "has 300 characters; keep
     * it to 200"), or null when nothing is; null text is not this rule's to refuse.
     */
    public static String fault(String text, int max, boolean breaks) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            return "has " + text.length() + " characters; keep it to " + max;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = breaks && (c == '\n' || c == '\r' || c == '\t');
            if ((Character.isISOControl(c) && !allowed) || c == '\u2028' || c == '\u2029') {
                return String.format("holds the control character U+%04X at position %d; remove it", (int) c, i + 1);
            }
        }
        return null;
    }
}
