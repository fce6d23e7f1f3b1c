package io.taktline.db.historian;

import java.time.Duration;

/**
 * How the historian buffers.
 *
 * @param queueCapacity samples held in memory before new ones are dropped (counted)
 * @param batchSize samples written per COPY at most; a batch is written when it is full ...
 * @param maxBatchAge ... or when its oldest sample has waited this long
 */
public record HistorianSettings(int queueCapacity, int batchSize, Duration maxBatchAge) {

    public HistorianSettings {
        if (queueCapacity < 1 || batchSize < 1 || batchSize > queueCapacity) {
            throw new IllegalArgumentException(
                    "historian needs 1 <= batchSize (" + batchSize + ") <= queueCapacity (" + queueCapacity + ")");
        }
        if (maxBatchAge == null || maxBatchAge.isNegative() || maxBatchAge.isZero()) {
            throw new IllegalArgumentException("historian maxBatchAge must be positive, was " + maxBatchAge);
        }
    }

    public static HistorianSettings defaults() {
        return new HistorianSettings(200_000, 10_000, Duration.ofMillis(200));
    }
}
