package io.taktline.db.historian;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistorianWriterTest {

    @TempDir
    Path spoolDir;

    private static List<Long> range(long from, long to) {
        return LongStream.range(from, to).boxed().toList();
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
        assertThat(store.stored()).containsExactlyElementsOf(range(0, 25));
    }

    @Test
    void dropsAndCountsWithoutBlockingWhileTheStoreHangs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SampleStore hanging = batch -> release.await();
        HistorianWriter writer = new HistorianWriter(hanging, new HistorianSettings(4, 2, Duration.ofMillis(1)));
        try {
            writer.start();
            int accepted = 0;
            for (int i = 0; i < 1000; i++) {
                if (writer.append(i, i, 0, (short) 0)) {
                    accepted++;
                }
            }
            assertThat(accepted).isEqualTo(4);
            assertThat(writer.stats().dropped()).isEqualTo(996);
            assertThat(writer.stats().queued()).isEqualTo(4);
            assertThat(writer.health().up()).isFalse();
            assertThat(writer.health().detail()).contains("dropped");
        } finally {
            release.countDown();
            writer.close();
        }
    }

    @Test
    void spoolsWhileTheStoreIsDownAndReplaysInOrderOnceItRecovers() throws Exception {
        RecordingStore store = new RecordingStore(0);
        store.down.set(true);
        try (HistorianWriter writer =
                new HistorianWriter(store, store, new HistorianSettings(1_000, 10, Duration.ofMillis(5)), spoolDir)) {
            writer.start();
            for (long tag = 0; tag < 5_000; tag++) { // five times the queue: only the spool can hold them
                while (!writer.append(tag, tag, 0, (short) 0)) {
                    Thread.onSpinWait();
                }
            }
            assertThat(writer.awaitFlushed(Duration.ofMillis(200))).isFalse();
            HistorianStats down = writer.stats();
            assertThat(down.spooling()).isTrue();
            assertThat(down.spoolBytes()).isPositive();
            assertThat(down.spooledBatches()).isPositive();

            store.down.set(false);
            assertThat(writer.awaitFlushed(Duration.ofSeconds(20))).isTrue();

            HistorianStats up = writer.stats();
            assertThat(up.written()).isEqualTo(5_000);
            // The replayer deletes a segment once all of it is stored, a moment after the last row counts.
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (writer.stats().spoolBytes() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(writer.stats().spoolBytes()).isZero();
        }
        assertThat(store.stored()).containsExactlyElementsOf(range(0, 5_000));
    }

    @Test
    void keepsBatchesInMemoryAndCountsDropsOncePastTheSpoolLimit() throws Exception {
        RecordingStore store = new RecordingStore(0);
        store.down.set(true);
        long limit = 3
                * (SampleSpool.HEADER_BYTES
                        + PgCopyBinaryEncoder.HEADER_BYTES
                        + 10 * PgCopyBinaryEncoder.ROW_BYTES
                        + PgCopyBinaryEncoder.TRAILER_BYTES
                        + SampleSpool.CHECKSUM_BYTES);
        try (HistorianWriter writer = new HistorianWriter(
                store, store, new HistorianSettings(20, 10, Duration.ofMillis(1), limit), spoolDir)) {
            writer.start();
            long accepted = 0;
            for (long tag = 0; tag < 200; tag++) {
                if (writer.append(tag, tag, 0, (short) 0)) {
                    accepted++;
                }
                Thread.sleep(1);
            }
            HistorianStats full = writer.stats();
            assertThat(full.spooledBatches()).isPositive();
            assertThat(full.spoolBytes()).isPositive().isLessThanOrEqualTo(limit);
            assertThat(full.dropped()).isEqualTo(200 - accepted).isPositive();
            assertThat(writer.health().up()).isFalse();

            store.down.set(false);
            assertThat(writer.awaitFlushed(Duration.ofSeconds(20))).isTrue();
            assertThat(writer.stats().written()).isEqualTo(accepted);
        }
        assertThat(store.stored())
                .hasSize((int) store.stored().stream().distinct().count());
    }

    @Test
    void replaysSegmentsLeftByAnEarlierRunAndSetsADamagedOneAside() throws Exception {
        SampleSpool earlier = new SampleSpool(spoolDir, Long.MAX_VALUE, 1, 1);
        PgCopyBinaryEncoder encoder = new PgCopyBinaryEncoder();
        earlier.startSpooling();
        for (long segment = 0; segment < 3; segment++) { // segment size 1 byte: one batch per segment
            SampleBatch batch = new SampleBatch(2);
            batch.add(segment * 10, 1, 0, (short) 0);
            batch.add(segment * 10 + 1, 2, 0, (short) 0);
            earlier.offer(encoder.encodeSamples(batch, 2));
        }
        earlier.close();
        Path middle = spoolDir.resolve("spool-0000000000000001.seg");
        byte[] bytes = Files.readAllBytes(middle);
        bytes[bytes.length - 10] ^= 0x40;
        Files.write(middle, bytes);

        RecordingStore store = new RecordingStore(0);
        try (HistorianWriter writer =
                new HistorianWriter(store, store, new HistorianSettings(100, 10, Duration.ofMillis(5)), spoolDir)) {
            writer.start();
            writer.append(99, 3, 0, (short) 0);
            assertThat(writer.awaitFlushed(Duration.ofSeconds(10))).isTrue();
            assertThat(writer.stats().corruptSegments()).isEqualTo(1);
        }
        assertThat(store.stored()).containsExactly(0L, 1L, 20L, 21L, 99L);
        assertThat(spoolDir.resolve("spool-0000000000000001.seg.corrupt")).exists();
        assertThat(spoolDir.resolve("spool-0000000000000000.seg")).doesNotExist();
    }

    @Test
    void spoolsALargeBatchWholeWhenItsConcurrentHalvesFailAndStoresItOnceLater() throws Exception {
        RecordingStore store = new RecordingStore(0);
        store.down.set(true);
        int rows = 4 * HistorianWriter.MIN_HALF_ROWS;
        try (HistorianWriter writer =
                new HistorianWriter(store, store, new HistorianSettings(rows, rows, Duration.ofSeconds(1)), spoolDir)) {
            writer.start();
            for (long tag = 0; tag < rows; tag++) {
                assertThat(writer.append(tag, tag, 0, (short) 0)).isTrue();
            }
            assertThat(writer.awaitFlushed(Duration.ofMillis(300))).isFalse();
            assertThat(writer.stats().spooledBatches()).isEqualTo(1);
            store.down.set(false);
            assertThat(writer.awaitFlushed(Duration.ofSeconds(20))).isTrue();
            for (long tag = rows; tag < 2L * rows; tag++) { // spool replayed: halves again, both succeed
                assertThat(writer.append(tag, tag, 0, (short) 0)).isTrue();
            }
            assertThat(writer.awaitFlushed(Duration.ofSeconds(20))).isTrue();
            assertThat(writer.stats().written()).isEqualTo(2L * rows);
        }
        assertThat(store.stored()).containsExactlyInAnyOrderElementsOf(range(0, 2L * rows));
        assertThat(store.stored().subList(0, rows)).containsExactlyElementsOf(range(0, rows));
    }

    @Test
    void storesTextSamplesInTheirOwnBatches() throws Exception {
        RecordingStore store = new RecordingStore(1);
        try (HistorianWriter writer =
                new HistorianWriter(store, store, new HistorianSettings(100, 10, Duration.ofMillis(5)), spoolDir)) {
            writer.start();
            writer.appendText(1, 1, "Störung 42", (short) 192);
            writer.appendText(1, 2, "", (short) 192);
            writer.append(2, 1, 1.0, (short) 192);
            assertThat(writer.awaitFlushed(Duration.ofSeconds(10))).isTrue();
            assertThat(writer.stats().written()).isEqualTo(3);
        }
        assertThat(store.texts).containsExactly("Störung 42", "");
        assertThat(store.stored()).containsExactly(2L);
    }
}
