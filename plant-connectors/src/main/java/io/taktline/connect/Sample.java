package io.taktline.connect;

/**
 * One value of one tag.
 *
 * <p>Numbers (unsigned ones and StatusCodes included) become {@code value}; Booleans 0/1. Strings,
 * DateTimes (ISO-8601), Guids, ByteStrings (Base64), NodeIds, LocalizedTexts, one-dimensional arrays
 * ({@code [a, b, c]}) and structures ({@code ExtensionObject(<encoding id>)}, not decoded) become
 * {@code text} with {@code value} NaN: a <em>text sample</em>.
 *
 * @param tagId the tag the value belongs to
 * @param sourceTimeMicros epoch microseconds: the source timestamp, else the server timestamp, else
 *     the time the connector received the value ({@code timeOrigin} says which)
 * @param serverTimeMicros epoch microseconds: the server timestamp, else the receive time
 * @param value the value as a double (Booleans as 0/1); NaN for text samples and missing values
 * @param quality the quality the server reported
 * @param text the value as text for non-numeric values, else null
 * @param timeOrigin where {@code sourceTimeMicros} came from: SOURCE, or the flagged fallback
 */
public record Sample(
        long tagId,
        long sourceTimeMicros,
        long serverTimeMicros,
        double value,
        Quality quality,
        String text,
        TimeOrigin timeOrigin) {

    /** Which timestamp {@link #sourceTimeMicros()} holds. */
    public enum TimeOrigin {
        /** The server sent a source timestamp. */
        SOURCE,
        /** No source timestamp: the server timestamp is used. */
        SERVER,
        /** Neither: the time the connector received the value is used. */
        RECEIVED
    }

    public Sample {
        if (quality == null) {
            throw new IllegalArgumentException("tag " + tagId + ": sample quality must not be null");
        }
        if (timeOrigin == null) {
            timeOrigin = TimeOrigin.SOURCE;
        }
    }

    /** A numeric sample with a source timestamp, as before text samples existed. */
    public Sample(long tagId, long sourceTimeMicros, long serverTimeMicros, double value, Quality quality) {
        this(tagId, sourceTimeMicros, serverTimeMicros, value, quality, null, TimeOrigin.SOURCE);
    }

    /** True when the value is text ({@link #text()} not null), for the {@code sample_text} table. */
    public boolean isText() {
        return text != null;
    }
}
