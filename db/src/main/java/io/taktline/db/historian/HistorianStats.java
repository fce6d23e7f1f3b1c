package io.taktline.db.historian;

/**
 * A snapshot of the historian's counters since start.
 *
 * @param queued samples waiting in memory (including a batch being written or retried)
 * @param written samples stored (a replayed sample that was already there counts as stored)
 * @param dropped samples refused by {@code append} because the queue was full
 * @param failedBatches write attempts that failed and were retried
 * @param lastError the last write failure, or null
 */
public record HistorianStats(long queued, long written, long dropped, long failedBatches, String lastError) {}
