package io.taktline.db.historian;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the writer and the spool replayer count, shared between them: stored rows, failures, and how far each
 * table's sequence is known to be in the database, which {@code awaitFlushed} waits on.
 */
final class HistorianCounters {

    final AtomicLong written = new AtomicLong();
    final AtomicLong failedBatches = new AtomicLong();
    final AtomicLong spooledBatches = new AtomicLong();
    final AtomicLong corruptSegments = new AtomicLong();
    volatile String lastError;
    volatile long lastBatchNanos;
    volatile long lastDropNanos;

    private final long[] storedThrough = new long[EncodedBatch.Table.values().length];
    private long rateWritten;
    private long rateAt = System.nanoTime();
    private double rowsPerSecond;

    /** A batch is in the database; {@code thisRun} when it was encoded by this run (its sequence counts). */
    void stored(EncodedBatch batch, boolean thisRun, long nanos) {
        stored(batch.table(), batch.rows(), batch.endSequence(), thisRun, nanos);
    }

    void stored(EncodedBatch.Table table, int rows, long endSequence, boolean thisRun, long nanos) {
        written.addAndGet(rows);
        lastBatchNanos = nanos;
        synchronized (this) {
            if (thisRun && endSequence > storedThrough[table.ordinal()]) {
                storedThrough[table.ordinal()] = endSequence;
            }
            notifyAll();
        }
    }

    void failed(String error) {
        failedBatches.incrementAndGet();
        lastError = error;
    }

    /** Waits until both tables are stored through the given sequences; false on timeout. */
    synchronized boolean awaitStored(long samples, long texts, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (storedThrough[0] < samples || storedThrough[1] < texts) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized void wakeWaiters() {
        notifyAll();
    }

    /** Rows per second since the last measurement, re-measured at most once a second. */
    synchronized double rowsPerSecond() {
        long now = System.nanoTime();
        long elapsed = now - rateAt;
        if (elapsed >= TimeUnit.SECONDS.toNanos(1)) {
            long w = written.get();
            rowsPerSecond = (w - rateWritten) / (elapsed / 1e9);
            rateWritten = w;
            rateAt = now;
        }
        return rowsPerSecond;
    }

    /** PostgreSQL errors span lines (hint, position); the log and the stats get the first one. */
    static String oneLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}
