package io.taktline.db.historian;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays the spool into the database, oldest segment first, on its own thread, and hands the writer back to
 * direct writes once the spool is empty. A damaged segment is reported, its intact records before the damage
 * are stored, and it is moved aside; the segments after it are replayed as usual.
 */
final class SpoolReplayer implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SpoolReplayer.class);
    private static final long MIN_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final SampleSpool spool;
    private final SampleStore store;
    private final HistorianCounters counters;
    private volatile boolean stopping;
    private volatile Thread thread;

    SpoolReplayer(SampleSpool spool, SampleStore store, HistorianCounters counters) {
        this.spool = spool;
        this.store = store;
        this.counters = counters;
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        while (!stopping) {
            try {
                Optional<Path> oldest = spool.oldest();
                if (oldest.isEmpty()) {
                    spool.stopSpoolingIfEmpty();
                    LockSupport.parkNanos(this, IDLE_NANOS);
                    continue;
                }
                replay(oldest.get());
            } catch (IOException | RuntimeException e) {
                LOG.error(
                        "historian: cannot read or remove spool files in {} ({}); retrying, check the disk",
                        spool.directory(),
                        HistorianCounters.oneLine(e));
                LockSupport.parkNanos(this, MAX_BACKOFF_NANOS);
            }
        }
    }

    void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Stops after the record being replayed; what is not replayed stays on disk for the next start. */
    void stop() {
        stopping = true;
        wake();
    }

    private void replay(Path segment) throws IOException {
        SpoolSegment read = SampleSpool.read(segment);
        for (SpoolSegment.Record record : read.records()) {
            if (!storeWithRetry(record)) {
                return;
            }
        }
        if (read.intact()) {
            spool.remove(segment);
            return;
        }
        Path aside = spool.quarantine(segment);
        counters.corruptSegments.incrementAndGet();
        LOG.error(
                "historian: spool segment {} is damaged at byte {} ({}); stored the {} intact batches before that"
                        + " point and moved the file to {}; the samples after that point are not stored: restore"
                        + " them by hand or delete the file",
                segment,
                read.damageOffset(),
                read.damage(),
                read.records().size(),
                aside);
    }

    private boolean storeWithRetry(SpoolSegment.Record record) {
        long backoff = MIN_BACKOFF_NANOS;
        int failures = 0;
        while (!stopping) {
            long started = System.nanoTime();
            try {
                store.store(record.batch());
                counters.stored(record.batch(), record.runId() == spool.runId(), System.nanoTime() - started);
                if (failures > 0) {
                    LOG.info("historian: replaying the spool works again after {} failed attempts", failures);
                }
                return true;
            } catch (Exception e) {
                failures++;
                String error = HistorianCounters.oneLine(e);
                if (failures == 1 || !error.equals(counters.lastError)) {
                    LOG.warn(
                            "historian: replaying {} spooled rows failed ({}); {} bytes wait in {}, retrying",
                            record.batch().rows(),
                            error,
                            spool.bytes(),
                            spool.directory());
                }
                counters.failed(error);
                LockSupport.parkNanos(this, backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
            }
        }
        return false;
    }
}
