package io.taktline.db.historian;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes samples from any thread without blocking and stores them from one writer thread, in batches by size
 * or age. When the database fails, the batch stays queued and is retried with backoff; new samples are
 * dropped, and counted, only once the queue is full.
 */
public final class HistorianWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistorianWriter.class);
    private static final long MIN_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long DROP_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final HistorianSettings settings;
    private final SampleRing ring;
    private final SampleBatch batch;
    private final SampleStore store;
    private final long maxAgeNanos;
    private final Object flushed = new Object();
    private final Thread thread;
    private final DropReport drops = new DropReport();

    private volatile boolean stopping;
    private volatile boolean abandoned;
    private volatile long flushTarget;
    private volatile long written;
    private volatile long failedBatches;
    private volatile String lastError;

    public HistorianWriter(DataSource dataSource, HistorianSettings settings) {
        this(new CopySampleStore(dataSource), settings);
    }

    HistorianWriter(SampleStore store, HistorianSettings settings) {
        this.settings = settings;
        this.store = store;
        this.ring = new SampleRing(settings.queueCapacity());
        this.batch = new SampleBatch(settings.batchSize());
        this.maxAgeNanos = settings.maxBatchAge().toNanos();
        this.thread = new Thread(this::drain, "taktline-historian-writer");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /**
     * Queues one sample. Never waits: returns false, and counts a drop, when the queue is full.
     *
     * @param timeMicros source time in microseconds since 1970-01-01T00:00Z
     */
    public boolean append(long tagId, long timeMicros, double value, short quality) {
        if (!ring.offer(tagId, timeMicros, value, quality)) {
            return false;
        }
        if (ring.size() == settings.batchSize()) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    public HistorianStats stats() {
        return new HistorianStats(ring.size(), written, ring.dropped(), failedBatches, lastError);
    }

    /** Waits until every sample appended before this call is stored; false if that takes longer than timeout. */
    public boolean awaitFlushed(Duration timeout) throws InterruptedException {
        long target = ring.appended();
        flushTarget = Math.max(flushTarget, target);
        LockSupport.unpark(thread);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (flushed) {
            while (ring.released() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(flushed, left);
            }
        }
        return true;
    }

    /** Stores what it can within a grace period, then stops; what is left is logged, not kept. */
    @Override
    public void close() {
        stopping = true;
        LockSupport.unpark(thread);
        if (!thread.isAlive()) {
            return;
        }
        try {
            thread.join(CLOSE_GRACE.toMillis());
            if (thread.isAlive()) {
                abandoned = true;
                thread.interrupt();
                thread.join(CLOSE_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ring.size() > 0) {
            LOG.warn("historian: closed with {} samples not stored ({}); they are lost", ring.size(), lastError);
        }
    }

    private void drain() {
        long firstSeen = 0;
        while (!abandoned) {
            drops.logIfDue();
            int size = ring.size();
            if (size == 0) {
                if (stopping) {
                    return;
                }
                firstSeen = 0;
                LockSupport.parkNanos(this, idleParkNanos());
                continue;
            }
            long now = System.nanoTime();
            if (firstSeen == 0) {
                firstSeen = now;
            }
            boolean due = size >= settings.batchSize()
                    || now - firstSeen >= maxAgeNanos
                    || ring.released() < flushTarget
                    || stopping;
            if (!due) {
                LockSupport.parkNanos(this, maxAgeNanos - (now - firstSeen));
                continue;
            }
            if (storeOneBatch()) {
                firstSeen = ring.size() > 0 ? System.nanoTime() : 0;
            }
        }
    }

    private long idleParkNanos() {
        return Math.min(maxAgeNanos, TimeUnit.MILLISECONDS.toNanos(50));
    }

    /** Stores the oldest batch, retrying with backoff until it is stored or the writer is abandoned. */
    private boolean storeOneBatch() {
        int n = ring.peek(batch, settings.batchSize());
        long backoff = MIN_BACKOFF_NANOS;
        int failures = 0;
        while (true) {
            try {
                store.store(batch);
                break;
            } catch (Exception e) {
                failures++;
                failedBatches++;
                String error = oneLine(e);
                if (failures == 1 || !error.equals(lastError)) {
                    LOG.warn(
                            "historian: storing {} samples failed ({}); keeping them queued ({} in memory) and retrying",
                            n,
                            error,
                            ring.size());
                }
                lastError = error;
                drops.logIfDue();
                LockSupport.parkNanos(this, backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
                if (abandoned || Thread.currentThread().isInterrupted()) {
                    return false;
                }
            }
        }
        ring.release(n);
        written += n;
        if (failures > 0) {
            LOG.info("historian: storing works again after {} failed attempts", failures);
        }
        synchronized (flushed) {
            flushed.notifyAll();
        }
        return true;
    }

    /** PostgreSQL errors span lines (hint, position); the log and the stats get the first one. */
    private static String oneLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }

    /** Logs drops at most every ten seconds, from the writer thread, so that append() never logs. */
    private final class DropReport {
        private long reported;
        private long lastLog = System.nanoTime();

        void logIfDue() {
            long now = System.nanoTime();
            if (now - lastLog < DROP_LOG_INTERVAL_NANOS) {
                return;
            }
            long total = ring.dropped();
            if (total > reported) {
                LOG.warn(
                        "historian: queue full ({} samples), dropped {} samples in the last {} s, {} since start",
                        ring.capacity(),
                        total - reported,
                        TimeUnit.NANOSECONDS.toSeconds(now - lastLog),
                        total);
                reported = total;
            }
            lastLog = now;
        }
    }
}
