package io.taktline.db.historian;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A store for unit tests: records the tag ids of the numeric rows it stores; can fail on demand. */
final class RecordingStore implements SampleStore {

    final List<Long> stored = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final AtomicInteger failuresLeft;
    final AtomicBoolean down = new AtomicBoolean();

    RecordingStore(int failures) {
        failuresLeft = new AtomicInteger(failures);
    }

    @Override
    public synchronized void store(EncodedBatch batch) throws Exception {
        if (down.get() || failuresLeft.getAndDecrement() > 0) {
            throw new java.sql.SQLException("Connection refused");
        }
        ByteBuffer b = ByteBuffer.wrap(batch.bytes(), 0, batch.length());
        b.position(PgCopyBinaryEncoder.HEADER_BYTES);
        for (int i = 0; i < batch.rows(); i++) {
            b.getShort();
            b.getInt();
            b.getLong();
            b.getInt();
            long tag = b.getLong();
            int valueLength = b.getInt();
            if (batch.table() == EncodedBatch.Table.SAMPLE) {
                b.getDouble();
                stored.add(tag);
            } else {
                byte[] text = new byte[valueLength];
                b.get(text);
                texts.add(new String(text, java.nio.charset.StandardCharsets.UTF_8));
            }
            b.getInt();
            b.getShort();
        }
    }

    synchronized List<Long> stored() {
        return List.copyOf(stored);
    }
}
