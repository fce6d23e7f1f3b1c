package io.taktline.connect;

import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/**
 * Hands one tag's values to the sink, dropping a value identical to the last one delivered (same
 * source time, value, quality): a re-created monitored item or a poll of an unchanged node repeats
 * the last value, and the historian must not store it twice.
 *
 * <p>Called serially from one subscription's delivery queue or the poller; never blocks.
 */
final class TagFeed {

    private final long tagId;
    private final SampleSink sink;
    private final TagHealth health;
    private Sample last;

    TagFeed(long tagId, SampleSink sink, TagHealth health) {
        this.tagId = tagId;
        this.sink = sink;
        this.health = health;
    }

    long tagId() {
        return tagId;
    }

    void accept(DataValue value) {
        Sample sample = SampleTranslator.toSample(tagId, value, System.currentTimeMillis() * 1000);
        Sample previous = last;
        if (previous != null && sameReading(previous, sample)) {
            return;
        }
        last = sample;
        sink.accept(sample);
        health.delivered();
        health.recovered(tagId);
    }

    private static boolean sameReading(Sample a, Sample b) {
        return a.timeOrigin() == Sample.TimeOrigin.SOURCE
                && b.timeOrigin() == Sample.TimeOrigin.SOURCE
                && a.sourceTimeMicros() == b.sourceTimeMicros()
                && a.quality() == b.quality()
                && Double.doubleToLongBits(a.value()) == Double.doubleToLongBits(b.value())
                && java.util.Objects.equals(a.text(), b.text());
    }
}
