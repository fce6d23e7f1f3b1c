package io.taktline.db.historian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes samples from any thread without blocking and stores them from one writer thread, in batches by size
 * or age, by binary COPY.
 *
 * <p>With a spool directory, a batch the database refuses (or takes too long over while the queue fills) goes
 * to the on-disk spool instead, and so does every batch after it until a second thread has replayed the spool
 * into the database, in order; then writes go direct again. Without a spool, or when the spool is full or the
 * disk refuses, the batch stays in memory and is retried with backoff; new samples are dropped, counted and
 * logged, only once the queue is full.
 */
public final class HistorianWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistorianWriter.class);
    private static final long MIN_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long DROP_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** A direct batch slower than this, with the queue more than half full, turns the writer to the spool. */
    private static final long SLOW_BATCH_NANOS = TimeUnit.SECONDS.toNanos(2);

    static final long SEGMENT_BYTES = 16L << 20;
    /** Batches of at least twice this many rows are stored as two concurrent halves. */
    static final int MIN_HALF_ROWS = 1_000;

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final HistorianSettings settings;
    private final SampleRing ring;
    private final SampleBatch batch;
    private final ArrayBlockingQueue<TextSample> texts;
    private final List<TextSample> pendingTexts = new ArrayList<>();
    private final AtomicLong textsAppended = new AtomicLong();
    private final AtomicLong textsDropped = new AtomicLong();
    /** Text samples stored or spooled; written by the writer thread. */
    private volatile long textsTaken;

    private final PgCopyBinaryEncoder encoder = new PgCopyBinaryEncoder();
    private final PgCopyBinaryEncoder secondHalfEncoder = new PgCopyBinaryEncoder();
    /** Stores the second half of large batches; see {@link #deliverInHalves}. */
    private final ExecutorService halves = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "taktline-historian-writer-2");
        t.setDaemon(true);
        return t;
    });

    private final SampleStore store;
    private final SampleSpool spool;
    private final SpoolReplayer replayer;
    private final Thread replayThread;
    private final long maxAgeNanos;
    private final Thread thread;
    private final HistorianCounters counters = new HistorianCounters();
    private final DropReport drops = new DropReport();

    private volatile boolean stopping;
    private volatile boolean abandoned;
    private volatile boolean flushWanted;
    private long backoff = MIN_BACKOFF_NANOS;
    private long lastStoreNanos;
    private int failuresInARow;
    private long spoolRefusalLoggedAt;

    /**
     * A writer without a spool: while the database is down, samples wait in memory only. Prefer
     * {@link #HistorianWriter(DataSource, HistorianSettings, Path)}.
     */
    public HistorianWriter(DataSource dataSource, HistorianSettings settings) {
        this(new CopySampleStore(dataSource, true), new CopySampleStore(dataSource, false), settings, null);
    }

    /**
     * A writer that spools to {@code spoolDir} (created if missing; segments left there by an earlier run are
     * replayed first) while the database is down or slow.
     *
     * @throws UncheckedIOException the spool directory cannot be created or read
     */
    public HistorianWriter(DataSource dataSource, HistorianSettings settings, Path spoolDir) {
        this(new CopySampleStore(dataSource, true), new CopySampleStore(dataSource, false), settings, spoolDir);
    }

    HistorianWriter(SampleStore store, HistorianSettings settings) {
        this(store, store, settings, null);
    }

    HistorianWriter(SampleStore store, SampleStore replayStore, HistorianSettings settings, Path spoolDir) {
        this.settings = settings;
        this.store = store;
        this.ring = new SampleRing(settings.queueCapacity());
        this.batch = new SampleBatch(settings.batchSize());
        this.texts = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.maxAgeNanos = settings.maxBatchAge().toNanos();
        this.thread = new Thread(this::drain, "taktline-historian-writer");
        this.thread.setDaemon(true);
        if (spoolDir == null) {
            LOG.warn(
                    "historian: no spool directory; while the database is down, samples wait in memory only"
                            + " ({} samples) and are lost on exit",
                    settings.queueCapacity());
            this.spool = null;
            this.replayer = null;
            this.replayThread = null;
            return;
        }
        try {
            this.spool = new SampleSpool(spoolDir, settings.spoolLimitBytes(), SEGMENT_BYTES, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot open the historian spool directory " + spoolDir + " (" + HistorianCounters.oneLine(e)
                            + "); check that it exists or can be created and is writable",
                    e);
        }
        if (spool.segments() > 0) {
            LOG.info(
                    "historian: {} spool segments ({} bytes) from an earlier run in {}; replaying them first",
                    spool.segments(),
                    spool.bytes(),
                    spoolDir);
        }
        this.replayer = new SpoolReplayer(spool, replayStore, counters);
        this.replayThread = new Thread(replayer, "taktline-historian-replay");
        this.replayThread.setDaemon(true);
    }

    public void start() {
        thread.start();
        if (replayThread != null) {
            replayThread.start();
        }
    }

    /**
     * Queues one sample. Never waits: returns false, and counts a drop, when the queue is full.
     *
     * @param timeMicros source time in microseconds since 1970-01-01T00:00Z
     */
    public boolean append(long tagId, long timeMicros, double value, short quality) {
        if (!ring.offer(tagId, timeMicros, value, quality)) {
            counters.lastDropNanos = System.nanoTime();
            return false;
        }
        if (ring.size() == settings.batchSize()) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    /**
     * Queues one text sample for {@code sample_text}. Never waits: returns false, and counts a drop, when the
     * text queue is full.
     *
     * @param timeMicros source time in microseconds since 1970-01-01T00:00Z
     * @throws NullPointerException text is null
     */
    public boolean appendText(long tagId, long timeMicros, String text, short quality) {
        // Serialised so that the count and the queue agree when awaitFlushed reads the count.
        synchronized (texts) {
            if (!texts.offer(new TextSample(tagId, timeMicros, java.util.Objects.requireNonNull(text), quality))) {
                textsDropped.incrementAndGet();
                counters.lastDropNanos = System.nanoTime();
                return false;
            }
            textsAppended.incrementAndGet();
        }
        return true;
    }

    public HistorianStats stats() {
        return new HistorianStats(
                ring.size() + (textsAppended.get() - textsTaken),
                counters.written.get(),
                ring.dropped() + textsDropped.get(),
                counters.failedBatches.get(),
                counters.lastError,
                spool == null ? 0 : spool.bytes(),
                spool == null ? 0 : spool.segments(),
                counters.spooledBatches.get(),
                counters.corruptSegments.get(),
                counters.rowsPerSecond(),
                counters.lastBatchNanos / 1e6,
                spool != null && spool.isSpooling());
    }

    /** Up unless samples are being lost or about to be; the detail says what to do. */
    public HistorianHealth health() {
        if (!thread.isAlive() || (replayThread != null && !replayThread.isAlive())) {
            return new HistorianHealth(false, "historian writer is not running; restart Taktline");
        }
        long lastDrop = counters.lastDropNanos;
        if (lastDrop != 0 && System.nanoTime() - lastDrop < TimeUnit.MINUTES.toNanos(1)) {
            return new HistorianHealth(
                    false,
                    "historian dropped samples in the last minute (queue of " + settings.queueCapacity() + " full; "
                            + counters.lastError + "); check the database and the spool disk");
        }
        if (spool != null && spool.bytes() > spool.limitBytes() / 10 * 9) {
            return new HistorianHealth(
                    false,
                    "historian spool " + spool.directory() + " is over 90 % of its limit (" + spool.bytes() + " of "
                            + spool.limitBytes() + " bytes); bring the database back or raise the spool limit");
        }
        if (spool != null && spool.isSpooling()) {
            return new HistorianHealth(
                    true, "spooling to disk (" + spool.bytes() + " bytes), database: " + counters.lastError);
        }
        return new HistorianHealth(true, "storing directly");
    }

    /**
     * Waits until every sample appended before this call is in the database (not only in the spool); false
     * if that takes longer than timeout.
     */
    public boolean awaitFlushed(Duration timeout) throws InterruptedException {
        long samples = ring.appended();
        long textCount;
        synchronized (texts) {
            textCount = textsAppended.get();
        }
        flushWanted = true;
        LockSupport.unpark(thread);
        return counters.awaitStored(samples, textCount, timeout.toNanos());
    }

    /**
     * Stores what it can within a grace period, then stops. With a spool, what the database did not take is
     * left in the spool and replayed at the next start; what is left in memory is logged as lost.
     */
    @Override
    public void close() {
        stopping = true;
        LockSupport.unpark(thread);
        if (!thread.isAlive() && (replayThread == null || !replayThread.isAlive())) {
            return;
        }
        try {
            thread.join(CLOSE_GRACE.toMillis());
            if (thread.isAlive()) {
                abandoned = true;
                thread.interrupt();
                thread.join(CLOSE_GRACE.toMillis());
            }
            if (replayThread != null) {
                long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
                while (spool.segments() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                replayer.stop();
                replayThread.join(CLOSE_GRACE.toMillis());
                spool.close();
                if (spool.segments() > 0) {
                    LOG.warn(
                            "historian: closed with {} bytes in the spool {}; they are replayed at the next start",
                            spool.bytes(),
                            spool.directory());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("historian: closing the spool failed ({})", HistorianCounters.oneLine(e));
        }
        halves.shutdownNow();
        long left = ring.size() + (textsAppended.get() - textsTaken);
        if (left > 0) {
            LOG.warn("historian: closed with {} samples not stored ({}); they are lost", left, counters.lastError);
        }
    }

    private void drain() {
        long firstSeen = 0;
        while (!abandoned) {
            drops.logIfDue();
            int size = ring.size() + texts.size() + pendingTexts.size();
            if (size == 0) {
                if (stopping) {
                    return;
                }
                firstSeen = 0;
                flushWanted = false;
                LockSupport.parkNanos(this, Math.min(maxAgeNanos, TimeUnit.MILLISECONDS.toNanos(50)));
                continue;
            }
            long now = System.nanoTime();
            if (firstSeen == 0) {
                firstSeen = now;
            }
            boolean due = ring.size() >= settings.batchSize()
                    || texts.size() + pendingTexts.size() >= settings.batchSize()
                    || now - firstSeen >= maxAgeNanos
                    || flushWanted
                    || stopping;
            if (!due) {
                LockSupport.parkNanos(this, maxAgeNanos - (now - firstSeen));
                continue;
            }
            if (storeSamples() && storeTexts()) {
                backoff = MIN_BACKOFF_NANOS;
                firstSeen = ring.size() + texts.size() > 0 ? System.nanoTime() : 0;
            } else {
                LockSupport.parkNanos(this, backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
            }
        }
    }

    /** Stores or spools the oldest numeric batch; false (batch kept in memory) when neither worked. */
    private boolean storeSamples() {
        if (ring.size() == 0) {
            return true;
        }
        int n = ring.peek(batch, settings.batchSize());
        long end = ring.released() + n;
        Outcome outcome = n >= 2 * MIN_HALF_ROWS && (spool == null || !spool.isSpooling())
                ? deliverInHalves(n, end)
                : deliver(encoder.encodeSamples(batch, end));
        if (outcome == Outcome.KEPT) {
            return false;
        }
        // Released before it counts as stored, so that awaitFlushed never sees a stored sample still queued.
        ring.release(n);
        counted(outcome, EncodedBatch.Table.SAMPLE, n, end);
        return true;
    }

    /** What became of a batch. */
    private enum Outcome {
        STORED,
        SPOOLED,
        KEPT
    }

    private void counted(Outcome outcome, EncodedBatch.Table table, int rows, long end) {
        if (outcome == Outcome.STORED) {
            counters.stored(table, rows, end, true, lastStoreNanos);
            afterStored(rows, lastStoreNanos);
        }
    }

    /**
     * A large batch as two concurrent COPYs on two connections, so that two database backends parse and index
     * it: the writer's throughput is otherwise bound by one backend's CPU. Released only when both halves are
     * committed; if either fails, the whole batch goes to the spool (or stays queued), and the half that did
     * commit is skipped as a duplicate when the batch is replayed.
     */
    private Outcome deliverInHalves(int n, long end) {
        int half = n / 2;
        EncodedBatch second = secondHalfEncoder.encodeSamples(batch, half, n, end);
        long started = System.nanoTime();
        Future<?> other = halves.submit(() -> {
            store.store(second);
            return null;
        });
        Exception failure = null;
        try {
            store.store(encoder.encodeSamples(batch, 0, half, end));
        } catch (Exception e) {
            failure = e;
        }
        try {
            other.get();
        } catch (ExecutionException e) {
            failure = e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        if (failure == null) {
            lastStoreNanos = System.nanoTime() - started;
            return Outcome.STORED;
        }
        EncodedBatch whole = encoder.encodeSamples(batch, end);
        noteFailure(whole, failure);
        return spoolAfterFailure(whole);
    }

    private Outcome spoolAfterFailure(EncodedBatch encoded) {
        if (spool == null) {
            return Outcome.KEPT;
        }
        Spooled spooled = spoolStarting(encoded);
        replayer.wake();
        return spooled == Spooled.YES ? Outcome.SPOOLED : Outcome.KEPT;
    }

    private boolean storeTexts() {
        if (pendingTexts.size() < settings.batchSize()) {
            texts.drainTo(pendingTexts, settings.batchSize() - pendingTexts.size());
        }
        if (pendingTexts.isEmpty()) {
            return true;
        }
        int rows = pendingTexts.size();
        long end = textsTaken + rows;
        Outcome outcome = deliver(encoder.encodeTexts(pendingTexts, end));
        if (outcome == Outcome.KEPT) {
            return false;
        }
        textsTaken = end;
        pendingTexts.clear();
        counted(outcome, EncodedBatch.Table.SAMPLE_TEXT, rows, end);
        return true;
    }

    /** To the spool while it is spooling, else to the database, else (on failure) to the spool. */
    private Outcome deliver(EncodedBatch encoded) {
        Spooled spooled = spoolIfSpooling(encoded);
        if (spooled != Spooled.NOT_SPOOLING) {
            // Refused: the batch waits in memory; writing it directly would overtake the spool.
            return spooled == Spooled.YES ? Outcome.SPOOLED : Outcome.KEPT;
        }
        long started = System.nanoTime();
        try {
            store.store(encoded);
        } catch (Exception e) {
            noteFailure(encoded, e);
            return spoolAfterFailure(encoded);
        }
        lastStoreNanos = System.nanoTime() - started;
        return Outcome.STORED;
    }

    private void afterStored(int rows, long took) {
        if (failuresInARow > 0) {
            LOG.info("historian: storing works again after {} failed attempts", failuresInARow);
            failuresInARow = 0;
        }
        if (spool != null && took > SLOW_BATCH_NANOS && ring.size() > settings.queueCapacity() / 2) {
            LOG.warn(
                    "historian: the database took {} ms for {} rows while {} samples wait; spooling to {} until"
                            + " it catches up",
                    took / 1_000_000,
                    rows,
                    ring.size(),
                    spool.directory());
            spool.startSpooling();
            replayer.wake();
        }
    }

    private void noteFailure(EncodedBatch encoded, Exception e) {
        failuresInARow++;
        String error = HistorianCounters.oneLine(e);
        if (failuresInARow == 1 || !error.equals(counters.lastError)) {
            LOG.warn(
                    "historian: storing {} rows in {} failed ({}); {}",
                    encoded.rows(),
                    encoded.table().name,
                    error,
                    spool == null
                            ? "keeping them in memory (" + ring.size() + " queued) and retrying"
                            : "spooling to " + spool.directory());
        }
        counters.failed(error);
    }

    private enum Spooled {
        YES,
        NOT_SPOOLING,
        REFUSED
    }

    private Spooled spoolIfSpooling(EncodedBatch encoded) {
        return toSpool(encoded, false);
    }

    private Spooled spoolStarting(EncodedBatch encoded) {
        return toSpool(encoded, true);
    }

    private Spooled toSpool(EncodedBatch encoded, boolean start) {
        if (spool == null) {
            return Spooled.NOT_SPOOLING;
        }
        try {
            if (!(start ? spool.spool(encoded) : spool.offer(encoded))) {
                return Spooled.NOT_SPOOLING;
            }
            counters.spooledBatches.incrementAndGet();
            return Spooled.YES;
        } catch (IOException e) {
            long now = System.nanoTime();
            if (spoolRefusalLoggedAt == 0 || now - spoolRefusalLoggedAt > DROP_LOG_INTERVAL_NANOS) {
                LOG.error(
                        "historian: cannot spool {} rows ({}); keeping them in memory ({} queued), new samples"
                                + " are dropped once {} are queued",
                        encoded.rows(),
                        HistorianCounters.oneLine(e),
                        ring.size(),
                        settings.queueCapacity());
                spoolRefusalLoggedAt = now;
            }
            counters.lastError = HistorianCounters.oneLine(e);
            return Spooled.REFUSED;
        }
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
            long total = ring.dropped() + textsDropped.get();
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
