package io.taktline.db.historian;

import java.nio.file.Path;
import java.util.List;

/**
 * A spool segment as read back: its intact records, and where and why reading stopped early if it did.
 *
 * @param damageOffset byte offset of the first damaged record, or the file length when intact
 * @param damage what was wrong at that offset, or null when the whole segment is intact
 */
record SpoolSegment(Path path, List<Record> records, long damageOffset, String damage) {

    boolean intact() {
        return damage == null;
    }

    /** One spooled batch and the run that spooled it. */
    record Record(long runId, EncodedBatch batch) {}
}
