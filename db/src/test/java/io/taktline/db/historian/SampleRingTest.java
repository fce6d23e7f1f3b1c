package io.taktline.db.historian;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleRingTest {

    @Test
    void keepsFifoOrderWhenWrappingAround() {
        SampleRing ring = new SampleRing(4);
        SampleBatch batch = new SampleBatch(4);
        for (int i = 0; i < 3; i++) {
            ring.offer(i, i * 10L, i, (short) i);
        }
        ring.peek(batch, 3);
        ring.release(3);

        for (int i = 3; i < 7; i++) { // slots 3, 0, 1, 2
            assertThat(ring.offer(i, i * 10L, i + 0.5, (short) i)).isTrue();
        }
        assertThat(ring.peek(batch, 4)).isEqualTo(4);

        for (int k = 0; k < 4; k++) {
            assertThat(batch.tagId(k)).isEqualTo(3 + k);
            assertThat(batch.timeMicros(k)).isEqualTo((3 + k) * 10L);
            assertThat(batch.value(k)).isEqualTo(3 + k + 0.5);
            assertThat(batch.quality(k)).isEqualTo((short) (3 + k));
        }
    }

    @Test
    void refusesAndCountsSamplesWhenFull() {
        SampleRing ring = new SampleRing(2);
        assertThat(ring.offer(1, 1, 1, (short) 0)).isTrue();
        assertThat(ring.offer(2, 2, 2, (short) 0)).isTrue();

        assertThat(ring.offer(3, 3, 3, (short) 0)).isFalse();
        assertThat(ring.offer(4, 4, 4, (short) 0)).isFalse();

        assertThat(ring.dropped()).isEqualTo(2);
        assertThat(ring.size()).isEqualTo(2);
    }

    @Test
    void keepsPeekedSamplesUntilReleasedSoAFailedBatchIsNotLost() {
        SampleRing ring = new SampleRing(2);
        SampleBatch batch = new SampleBatch(2);
        ring.offer(1, 1, 1, (short) 0);
        ring.offer(2, 2, 2, (short) 0);

        ring.peek(batch, 2);
        assertThat(ring.offer(3, 3, 3, (short) 0)).isFalse();
        ring.peek(batch, 2);
        assertThat(batch.tagId(0)).isEqualTo(1);

        ring.release(2);
        assertThat(ring.offer(3, 3, 3, (short) 0)).isTrue();
    }
}
