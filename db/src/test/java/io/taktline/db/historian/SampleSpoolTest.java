package io.taktline.db.historian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSpoolTest {

    @TempDir
    Path dir;

    private static EncodedBatch batchOf(long... tags) {
        SampleBatch batch = new SampleBatch(tags.length);
        for (long tag : tags) {
            batch.add(tag, tag, tag, (short) 192);
        }
        EncodedBatch encoded = new PgCopyBinaryEncoder().encodeSamples(batch, tags.length);
        return new EncodedBatch(
                encoded.table(),
                Arrays.copyOf(encoded.bytes(), encoded.length()),
                encoded.length(),
                encoded.rows(),
                encoded.endSequence());
    }

    @Test
    void readsBackEveryRecordByteForByteAfterReopening() throws Exception {
        SampleSpool spool = new SampleSpool(dir, Long.MAX_VALUE, 1 << 20, 7);
        assertThat(spool.offer(batchOf(1))).as("not spooling yet").isFalse();
        spool.startSpooling();
        EncodedBatch first = batchOf(1, 2);
        EncodedBatch second = batchOf(3);
        spool.offer(first);
        spool.offer(second);
        spool.close();

        SampleSpool reopened = new SampleSpool(dir, Long.MAX_VALUE, 1 << 20, 8);
        assertThat(reopened.isSpooling()).isTrue();
        SpoolSegment segment = SampleSpool.read(reopened.oldest().orElseThrow());

        assertThat(segment.intact()).isTrue();
        assertThat(segment.records()).hasSize(2);
        assertThat(segment.records().get(0).runId()).isEqualTo(7);
        assertThat(segment.records().get(0).batch().bytes()).isEqualTo(first.bytes());
        assertThat(segment.records().get(1).batch().rows()).isEqualTo(1);
    }

    @Test
    void reportsATornTailAndKeepsTheRecordsBeforeIt() throws Exception {
        SampleSpool spool = new SampleSpool(dir, Long.MAX_VALUE, 1 << 20, 7);
        spool.startSpooling();
        spool.offer(batchOf(1));
        spool.offer(batchOf(2));
        spool.close();
        Path file = spool.oldest().orElseThrow();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));

        SpoolSegment segment = SampleSpool.read(file);

        assertThat(segment.intact()).isFalse();
        assertThat(segment.damage()).contains("truncated");
        assertThat(segment.records()).hasSize(1);
        assertThat(segment.damageOffset()).isEqualTo(bytes.length / 2);
    }

    @Test
    void neverReusesTheNumberOfASegmentSetAside() throws Exception {
        SampleSpool spool = new SampleSpool(dir, Long.MAX_VALUE, 1 << 20, 7);
        spool.spool(batchOf(1));
        Path aside = spool.quarantine(spool.oldest().orElseThrow());

        SampleSpool reopened = new SampleSpool(dir, Long.MAX_VALUE, 1 << 20, 8);
        reopened.spool(batchOf(2));

        assertThat(reopened.oldest().orElseThrow().getFileName().toString()).isEqualTo("spool-0000000000000001.seg");
        assertThat(aside.getFileName().toString()).isEqualTo("spool-0000000000000000.seg.corrupt");
    }

    @Test
    void refusesPastTheLimitNamingTheSetting() throws Exception {
        SampleSpool spool = new SampleSpool(dir, 100, 1 << 20, 7);
        spool.startSpooling();

        assertThatThrownBy(() -> spool.offer(batchOf(1, 2, 3)))
                .isInstanceOf(SampleSpool.SpoolFullException.class)
                .hasMessageContaining("limit is 100 bytes");
        assertThat(spool.bytes()).isZero();
    }

    @Test
    void returnsToDirectWritesOnlyOnceEmpty() throws Exception {
        SampleSpool spool = new SampleSpool(dir, Long.MAX_VALUE, 1 << 20, 7, java.time.Duration.ZERO);
        spool.startSpooling();
        spool.offer(batchOf(1));

        assertThat(spool.stopSpoolingIfEmpty()).isFalse();
        spool.remove(spool.oldest().orElseThrow());
        assertThat(spool.stopSpoolingIfEmpty()).isTrue();
        assertThat(spool.isSpooling()).isFalse();
    }

    @Test
    void staysSpoolingForTheMinimumTimeEvenWhenEmpty() throws Exception {
        SampleSpool spool = new SampleSpool(dir, Long.MAX_VALUE, 1 << 20, 7, java.time.Duration.ofHours(1));

        assertThat(spool.spool(batchOf(1))).isTrue();
        spool.remove(spool.oldest().orElseThrow());

        assertThat(spool.stopSpoolingIfEmpty()).isFalse();
        assertThat(spool.offer(batchOf(2))).isTrue();
    }
}
