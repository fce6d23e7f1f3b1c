package io.taktline.db.historian;

import java.time.Instant;

/** One bucket of a tag's series: the bucket's start and the aggregates of the samples in it. */
public record SeriesPoint(Instant bucket, double min, double max, double avg, double first, double last, long count) {}
