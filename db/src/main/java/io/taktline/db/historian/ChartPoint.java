package io.taktline.db.historian;

import java.time.Instant;

/** One point of a downsampled chart line. */
public record ChartPoint(Instant time, double value) {}
