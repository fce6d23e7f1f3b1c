package io.taktline.db.historian;

/** A reusable run of samples on its way to storage, in primitive arrays. */
final class SampleBatch {

    private final long[] tagIds;
    private final long[] times;
    private final double[] values;
    private final short[] qualities;
    private int size;

    SampleBatch(int capacity) {
        tagIds = new long[capacity];
        times = new long[capacity];
        values = new double[capacity];
        qualities = new short[capacity];
    }

    void clear() {
        size = 0;
    }

    void add(long tagId, long timeMicros, double value, short quality) {
        tagIds[size] = tagId;
        times[size] = timeMicros;
        values[size] = value;
        qualities[size] = quality;
        size++;
    }

    int size() {
        return size;
    }

    long tagId(int i) {
        return tagIds[i];
    }

    long timeMicros(int i) {
        return times[i];
    }

    double value(int i) {
        return values[i];
    }

    short quality(int i) {
        return qualities[i];
    }
}
