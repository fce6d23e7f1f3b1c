package io.taktline.db.historian;

import java.time.Instant;

/** One stored value of one tag. */
public record StoredSample(long tagId, Instant time, double value, short quality) {}
