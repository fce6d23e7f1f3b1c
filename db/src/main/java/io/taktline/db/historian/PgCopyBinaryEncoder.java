package io.taktline.db.historian;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes a {@link SampleBatch} in PostgreSQL's binary COPY format, columns (time, tag_id, value, quality),
 * into a buffer it reuses from batch to batch.
 *
 * <p>Format: 11-byte signature, int32 flags, int32 header-extension length; per row an int16 field count and
 * per field an int32 length and the value in network byte order; an int16 -1 trailer. timestamptz is int64
 * microseconds since 2000-01-01 00:00 UTC.
 */
final class PgCopyBinaryEncoder {

    static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    static final int HEADER_BYTES = SIGNATURE.length + 4 + 4;
    static final int ROW_BYTES = 2 + (4 + 8) + (4 + 8) + (4 + 8) + (4 + 2);
    static final int TRAILER_BYTES = 2;
    /** Microseconds from the Unix epoch to PostgreSQL's epoch, 2000-01-01T00:00Z. */
    static final long PG_EPOCH_OFFSET_MICROS = 946_684_800_000_000L;

    private ByteBuffer buffer = ByteBuffer.allocate(0);

    /** Encodes the batch; the bytes are {@code array()[0 .. length())} until the next call. */
    void encode(SampleBatch batch) {
        encode(batch, 0, batch.size());
    }

    /** Encodes rows {@code from .. to) of the batch. */
    void encode(SampleBatch batch, int from, int to) {
        int needed = HEADER_BYTES + (to - from) * ROW_BYTES + TRAILER_BYTES;
        if (buffer.capacity() < needed) {
            buffer = ByteBuffer.allocate(needed);
        }
        ByteBuffer b = buffer.clear();
        b.put(SIGNATURE).putInt(0).putInt(0);
        for (int i = from; i < to; i++) {
            b.putShort((short) 4);
            b.putInt(8).putLong(batch.timeMicros(i) - PG_EPOCH_OFFSET_MICROS);
            b.putInt(8).putLong(batch.tagId(i));
            b.putInt(8).putDouble(batch.value(i));
            b.putInt(2).putShort(batch.quality(i));
        }
        b.putShort((short) -1);
    }

    /** Encodes the batch as rows of {@code sample}; the result shares this encoder's buffer. */
    EncodedBatch encodeSamples(SampleBatch batch, long endSequence) {
        encode(batch);
        return new EncodedBatch(EncodedBatch.Table.SAMPLE, array(), length(), batch.size(), endSequence);
    }

    /** Encodes rows {@code from .. to)} of the batch as rows of {@code sample}; shares this encoder's buffer. */
    EncodedBatch encodeSamples(SampleBatch batch, int from, int to, long endSequence) {
        encode(batch, from, to);
        return new EncodedBatch(EncodedBatch.Table.SAMPLE, array(), length(), to - from, endSequence);
    }

    /** Encodes text samples as rows of {@code sample_text}; the result shares this encoder's buffer. */
    EncodedBatch encodeTexts(List<TextSample> texts, long endSequence) {
        byte[][] utf8 = new byte[texts.size()][];
        int needed = HEADER_BYTES + TRAILER_BYTES;
        for (int i = 0; i < utf8.length; i++) {
            utf8[i] = texts.get(i).text().getBytes(StandardCharsets.UTF_8);
            needed += ROW_BYTES - 8 + utf8[i].length;
        }
        if (buffer.capacity() < needed) {
            buffer = ByteBuffer.allocate(needed);
        }
        ByteBuffer b = buffer.clear();
        b.put(SIGNATURE).putInt(0).putInt(0);
        for (int i = 0; i < utf8.length; i++) {
            TextSample t = texts.get(i);
            b.putShort((short) 4);
            b.putInt(8).putLong(t.timeMicros() - PG_EPOCH_OFFSET_MICROS);
            b.putInt(8).putLong(t.tagId());
            b.putInt(utf8[i].length).put(utf8[i]);
            b.putInt(2).putShort(t.quality());
        }
        b.putShort((short) -1);
        return new EncodedBatch(EncodedBatch.Table.SAMPLE_TEXT, array(), length(), utf8.length, endSequence);
    }

    byte[] array() {
        return buffer.array();
    }

    int length() {
        return buffer.position();
    }
}
