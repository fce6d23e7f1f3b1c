package io.taktline.db.historian;

/** A text value on its way to {@code sample_text}; text values are rare, so one object each is fine. */
record TextSample(long tagId, long timeMicros, String text, short quality) {}
