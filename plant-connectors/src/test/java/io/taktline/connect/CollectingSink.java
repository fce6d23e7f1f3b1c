package io.taktline.connect;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test sink that keeps every sample per tag. */
final class CollectingSink implements SampleSink {

    private final Map<Long, List<Sample>> byTag = new ConcurrentHashMap<>();

    @Override
    public void accept(Sample sample) {
        byTag.computeIfAbsent(sample.tagId(), id -> new CopyOnWriteArrayList<>())
                .add(sample);
    }

    List<Sample> samples(long tagId) {
        return byTag.getOrDefault(tagId, List.of());
    }

    boolean hasSamplesFor(List<Long> tagIds) {
        return tagIds.stream().allMatch(byTag::containsKey);
    }
}
