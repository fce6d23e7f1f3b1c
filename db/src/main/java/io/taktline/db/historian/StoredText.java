package io.taktline.db.historian;

import java.time.Instant;

/** One stored text value of one tag. */
public record StoredText(long tagId, Instant time, String text, short quality) {}
