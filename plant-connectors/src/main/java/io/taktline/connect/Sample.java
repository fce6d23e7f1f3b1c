package io.taktline.connect;

/**
 * One value of one tag.
 *
 * @param tagId the tag the value belongs to
 * @param sourceTimeMicros epoch microseconds: the source timestamp, else the server timestamp, else
 *     the time the connector received the value
 * @param serverTimeMicros epoch microseconds: the server timestamp, else the receive time
 * @param value the value as a double (Booleans as 0/1)
 * @param quality the quality the server reported
 */
public record Sample(long tagId, long sourceTimeMicros, long serverTimeMicros, double value, Quality quality) {}
