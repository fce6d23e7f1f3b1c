package io.taktline.db.historian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PgCopyBinaryEncoderTest {

    private static byte[] encode(SampleBatch batch) {
        PgCopyBinaryEncoder encoder = new PgCopyBinaryEncoder();
        encoder.encode(batch);
        return Arrays.copyOf(encoder.array(), encoder.length());
    }

    private static long micros(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }

    @Test
    void encodesOneRowBetweenHeaderAndTrailerWithTimeSincePostgresEpoch() {
        SampleBatch batch = new SampleBatch(1);
        batch.add(42, micros("2000-01-01T00:00:01.000002Z"), 1.5, (short) 192);

        String expected = String.join(
                "",
                "5047434f50590aff0d0a00", // PGCOPY\n\377\r\n\0
                "00000000", // flags
                "00000000", // header extension length
                "0004", // fields in the row
                "00000008",
                "00000000000f4242", // time: 1_000_002 µs after 2000-01-01
                "00000008",
                "000000000000002a", // tag_id 42
                "00000008",
                "3ff8000000000000", // value 1.5
                "00000002",
                "00c0", // quality 192
                "ffff"); // trailer

        assertThat(HexFormat.of().formatHex(encode(batch))).isEqualTo(expected);
    }

    @Test
    void encodesTimesBeforeTheYear2000AsNegative() {
        SampleBatch batch = new SampleBatch(1);
        batch.add(1, 0, 0, (short) 0); // 1970-01-01

        byte[] bytes = encode(batch);
        long time = java.nio.ByteBuffer.wrap(bytes, PgCopyBinaryEncoder.HEADER_BYTES + 2 + 4, 8)
                .getLong();

        assertThat(time).isEqualTo(-946_684_800_000_000L);
    }

    @Test
    void sizesOutputByRowCountAndReusesItsBufferForSmallerBatches() {
        PgCopyBinaryEncoder encoder = new PgCopyBinaryEncoder();
        SampleBatch big = new SampleBatch(3);
        for (int i = 0; i < 3; i++) {
            big.add(i, i, i, (short) i);
        }
        encoder.encode(big);
        byte[] buffer = encoder.array();
        assertThat(encoder.length()).isEqualTo(19 + 3 * 44 + 2);

        SampleBatch small = new SampleBatch(1);
        small.add(7, 7, 7, (short) 7);
        encoder.encode(small);

        assertThat(encoder.array()).isSameAs(buffer);
        assertThat(encoder.length()).isEqualTo(19 + 44 + 2);
    }
}
