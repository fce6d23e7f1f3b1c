package io.taktline.db.historian;

/**
 * A snapshot of the historian's counters since start.
 *
 * @param queued samples waiting in memory (including a batch being written or retried), numeric and text
 * @param written samples stored in the database (a replayed sample that was already there counts as stored)
 * @param dropped samples refused by {@code append}/{@code appendText} because the queue was full
 * @param failedBatches write attempts that failed (then spooled or retried)
 * @param lastError the last write failure, or null
 * @param spoolBytes bytes waiting in the on-disk spool (0 without a spool)
 * @param spoolSegments segment files waiting in the spool
 * @param spooledBatches batches written to the spool since start
 * @param corruptSegments spool segments found damaged and moved aside since start
 * @param rowsPerSecond rows stored per second over the last measuring interval (about a second)
 * @param lastBatchMillis how long the last stored batch took, COPY and commit
 * @param spooling true while new batches go to the spool instead of the database
 */
public record HistorianStats(
        long queued,
        long written,
        long dropped,
        long failedBatches,
        String lastError,
        long spoolBytes,
        int spoolSegments,
        long spooledBatches,
        long corruptSegments,
        double rowsPerSecond,
        double lastBatchMillis,
        boolean spooling) {}
