package io.taktline.web.plant;

import io.taktline.connect.Sample;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The latest sample of every tag, kept current by the sample stream; reads take constant time. */
public final class LiveValues {

    private final Map<Long, Sample> latest = new ConcurrentHashMap<>();

    /** Called on the connectors' delivery threads: no I/O, no locks beyond the map's own. */
    void record(Sample sample) {
        latest.merge(sample.tagId(), sample, LiveValues::newer);
    }

    private static Sample newer(Sample stored, Sample arrived) {
        return arrived.sourceTimeMicros() >= stored.sourceTimeMicros() ? arrived : stored;
    }

    public Optional<Sample> latest(long tagId) {
        return Optional.ofNullable(latest.get(tagId));
    }

    public int size() {
        return latest.size();
    }
}
