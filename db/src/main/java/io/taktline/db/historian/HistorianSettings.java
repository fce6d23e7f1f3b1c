package io.taktline.db.historian;

import java.time.Duration;

/**
 * How the historian buffers.
 *
 * @param queueCapacity samples held in memory before new ones are dropped (counted); text samples have their
 *     own queue of the same capacity
 * @param batchSize samples written per COPY at most; a batch is written when it is full ...
 * @param maxBatchAge ... or when its oldest sample has waited this long
 * @param spoolLimitBytes the most the on-disk spool may hold while the database is down or slow; past it,
 *     batches stay in memory and new samples are dropped once the queue is full (counted and logged)
 */
public record HistorianSettings(int queueCapacity, int batchSize, Duration maxBatchAge, long spoolLimitBytes) {

    /** 1 GiB: about 22 million samples, or 6 hours of a 1,000 samples/s plant. */
    public static final long DEFAULT_SPOOL_LIMIT_BYTES = 1L << 30;

    public HistorianSettings {
        if (queueCapacity < 1 || batchSize < 1 || batchSize > queueCapacity) {
            throw new IllegalArgumentException(
                    "historian needs 1 <= batchSize (" + batchSize + ") <= queueCapacity (" + queueCapacity + ")");
        }
        if (maxBatchAge == null || maxBatchAge.isNegative() || maxBatchAge.isZero()) {
            throw new IllegalArgumentException("historian maxBatchAge must be positive, was " + maxBatchAge);
        }
        if (spoolLimitBytes < 0) {
            throw new IllegalArgumentException("historian spoolLimitBytes must be 0 or more, was " + spoolLimitBytes);
        }
    }

    /** With the default spool limit. */
    public HistorianSettings(int queueCapacity, int batchSize, Duration maxBatchAge) {
        this(queueCapacity, batchSize, maxBatchAge, DEFAULT_SPOOL_LIMIT_BYTES);
    }

    public static HistorianSettings defaults() {
        return new HistorianSettings(200_000, 10_000, Duration.ofMillis(200));
    }
}
