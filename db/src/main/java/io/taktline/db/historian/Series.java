package io.taktline.db.historian;

import java.time.Duration;
import java.util.List;

/**
 * A tag's values over a range in equal buckets, oldest first; empty buckets are absent.
 *
 * @param source what the buckets were computed from, chosen by the bucket width
 */
public record Series(long tagId, Duration bucketWidth, SeriesSource source, List<SeriesPoint> points) {}
