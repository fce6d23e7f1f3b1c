package io.taktline.db.historian;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded FIFO of samples in four primitive arrays: no object per sample. Many producers, one consumer.
 *
 * <p>Producers serialise on a short monitor that only writes four array slots. The consumer reads without it:
 * it {@link #peek}s a run of samples and only {@link #release}s them once they are stored, so a failed batch
 * stays in the ring and new samples are dropped (counted) only when the ring is really full.
 */
final class SampleRing {

    private final int capacity;
    private final long[] tagIds;
    private final long[] times;
    private final double[] values;
    private final short[] qualities;
    private final AtomicLong dropped = new AtomicLong();

    /** Sequence of the next sample to append; written under the monitor, read by the consumer. */
    private volatile long tail;
    /** Sequence of the oldest sample not yet stored; written by the consumer only. */
    private volatile long head;

    SampleRing(int capacity) {
        this.capacity = capacity;
        this.tagIds = new long[capacity];
        this.times = new long[capacity];
        this.values = new double[capacity];
        this.qualities = new short[capacity];
    }

    /** Adds a sample, or counts a drop and returns false when the ring is full. Never waits for the consumer. */
    boolean offer(long tagId, long timeMicros, double value, short quality) {
        synchronized (this) {
            long t = tail;
            if (t - head >= capacity) {
                dropped.incrementAndGet();
                return false;
            }
            int i = (int) (t % capacity);
            tagIds[i] = tagId;
            times[i] = timeMicros;
            values[i] = value;
            qualities[i] = quality;
            tail = t + 1;
            return true;
        }
    }

    /** Copies up to {@code max} of the oldest samples into {@code batch} without removing them. */
    int peek(SampleBatch batch, int max) {
        long h = head;
        int n = (int) Math.min(max, tail - h);
        batch.clear();
        for (int k = 0; k < n; k++) {
            int i = (int) ((h + k) % capacity);
            batch.add(tagIds[i], times[i], values[i], qualities[i]);
        }
        return n;
    }

    /** Frees the {@code n} oldest samples; only after they are stored. Consumer thread only. */
    void release(int n) {
        head = head + n;
    }

    int size() {
        return (int) (tail - head);
    }

    long appended() {
        return tail;
    }

    long released() {
        return head;
    }

    long dropped() {
        return dropped.get();
    }

    int capacity() {
        return capacity;
    }
}
