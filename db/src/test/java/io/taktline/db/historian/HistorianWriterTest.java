package io.taktline.db.historian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HistorianWriterTest {

    /** Records the tag ids it stores; fails the first {@code failures} attempts. */
    private static final class RecordingStore implements SampleStore {
        final List<Long> stored = new ArrayList<>();
        final AtomicInteger failuresLeft;

        RecordingStore(int failures) {
            failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public synchronized void store(SampleBatch batch) throws Exception {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new java.sql.SQLException("Connection refused");
            }
            for (int i = 0; i < batch.size(); i++) {
                stored.add(batch.tagId(i));
            }
        }
    }

    @Test
    void retriesAFailedBatchUntilTheStoreRecoversStoringEachSampleOnce() throws Exception {
        RecordingStore store = new RecordingStore(2);
        try (HistorianWriter writer =
                new HistorianWriter(store, new HistorianSettings(100, 10, Duration.ofMillis(5)))) {
            writer.start();
            for (long tag = 0; tag < 25; tag++) {
                assertThat(writer.append(tag, tag, 0, (short) 0)).isTrue();
            }

            assertThat(writer.awaitFlushed(Duration.ofSeconds(10))).isTrue();

            HistorianStats stats = writer.stats();
            assertThat(stats.written()).isEqualTo(25);
            assertThat(stats.queued()).isZero();
            assertThat(stats.failedBatches()).isEqualTo(2);
            assertThat(stats.lastError()).contains("Connection refused");
        }
        assertThat(store.stored)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.range(0, 25).boxed().toList());
    }

    @Test
    void dropsAndCountsWithoutBlockingWhileTheStoreHangs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SampleStore hanging = batch -> release.await();
        HistorianWriter writer = new HistorianWriter(hanging, new HistorianSettings(4, 2, Duration.ofMillis(1)));
        try {
            writer.start();
            int accepted = 0;
            long started = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                if (writer.append(i, i, 0, (short) 0)) {
                    accepted++;
                }
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(accepted).isEqualTo(4);
            assertThat(writer.stats().dropped()).isEqualTo(996);
            assertThat(writer.stats().queued()).isEqualTo(4);
        } finally {
            release.countDown();
            writer.close();
        }
    }
}
