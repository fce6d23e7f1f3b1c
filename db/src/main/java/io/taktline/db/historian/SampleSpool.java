package io.taktline.db.historian;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The historian's store-and-forward spool: batches that the database could not take, in append-only segment
 * files {@code spool-<n>.seg} under one directory, each record checksummed and forced to disk before the
 * writer lets go of its samples. Segments are replayed oldest first and deleted once stored.
 *
 * <p>The spool also holds the writer's mode: while it is "spooling", every new batch goes behind the ones
 * already spooled, so that replay keeps the order; it returns to direct writes only once it is empty. Both
 * decisions happen under this object's monitor, together with the appends they guard.
 *
 * <p>Record layout: int magic, byte table, long run id, long end sequence, int rows, int length, the COPY
 * bytes, int CRC-32C of everything before it in the record.
 */
final class SampleSpool {

    static final int MAGIC = 0x544b5350; // "TKSP"
    static final int HEADER_BYTES = 4 + 1 + 8 + 8 + 4 + 4;
    static final int CHECKSUM_BYTES = 4;
    private static final String SUFFIX = ".seg";

    private final Path dir;
    private final long limitBytes;
    private final long segmentBytes;
    private final long runId;
    private final Deque<Path> sealed = new ArrayDeque<>();
    private FileChannel active;
    private Path activePath;
    private long activeSize;
    private long nextNumber;
    private long bytes;
    private boolean spooling;
    private final long minSpoolingNanos;
    private long spoolingSince;

    /** Opens the spool in {@code dir}, creating it; segments left by an earlier run are queued for replay. */
    SampleSpool(Path dir, long limitBytes, long segmentBytes, long runId) throws IOException {
        this(dir, limitBytes, segmentBytes, runId, Duration.ofSeconds(1));
    }

    /** @param minSpooling how long spooling lasts at least once started */
    SampleSpool(Path dir, long limitBytes, long segmentBytes, long runId, Duration minSpooling) throws IOException {
        this.minSpoolingNanos = minSpooling.toNanos();
        this.spoolingSince = System.nanoTime() - minSpoolingNanos;
        this.dir = Files.createDirectories(dir);
        this.limitBytes = limitBytes;
        this.segmentBytes = segmentBytes;
        this.runId = runId;
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (segmentNumber(p) >= 0) {
                    found.add(p);
                }
                // Numbers of segments set aside stay taken, so that a later damaged segment never overwrites one.
                long aside = segmentNumber(
                        p.resolveSibling(p.getFileName().toString().replace(".corrupt", "")));
                nextNumber = Math.max(nextNumber, aside + 1);
            }
        }
        found.sort((a, b) -> Long.compare(segmentNumber(a), segmentNumber(b)));
        for (Path p : found) {
            sealed.add(p);
            bytes += Files.size(p);
        }
        spooling = !sealed.isEmpty();
    }

    static long segmentNumber(Path p) {
        String name = p.getFileName().toString();
        if (!name.startsWith("spool-") || !name.endsWith(SUFFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(name.substring(6, name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    Path directory() {
        return dir;
    }

    long runId() {
        return runId;
    }

    synchronized boolean isSpooling() {
        return spooling;
    }

    /**
     * From now on new batches go to the spool until it has been replayed, and for at least a second, so that
     * a slow database gets a moment to catch up.
     */
    synchronized void startSpooling() {
        spooling = true;
        spoolingSince = System.nanoTime();
    }

    /** Starts spooling and appends the batch, in one step: the replayer cannot switch back in between. */
    synchronized boolean spool(EncodedBatch batch) throws IOException {
        startSpooling();
        return offer(batch);
    }

    /** Back to direct writes, if nothing is left to replay; true when that happened or was already so. */
    synchronized boolean stopSpoolingIfEmpty() {
        if (sealed.isEmpty() && activeSize == 0 && System.nanoTime() - spoolingSince >= minSpoolingNanos) {
            spooling = false;
        }
        return !spooling;
    }

    /**
     * Appends the batch if the spool is spooling; false if it is not (the caller writes directly).
     *
     * @throws SpoolFullException past the limit
     * @throws IOException the disk refused (full, read-only); nothing of the batch counts as spooled
     */
    synchronized boolean offer(EncodedBatch batch) throws IOException {
        if (!spooling) {
            return false;
        }
        int recordBytes = HEADER_BYTES + batch.length() + CHECKSUM_BYTES;
        if (bytes + recordBytes > limitBytes) {
            throw new SpoolFullException("spool " + dir + " holds " + bytes + " bytes, the limit is " + limitBytes
                    + " bytes (spool limit setting); a batch of " + recordBytes + " bytes does not fit");
        }
        ByteBuffer record = ByteBuffer.allocate(recordBytes);
        record.putInt(MAGIC).put(batch.table().code()).putLong(runId).putLong(batch.endSequence());
        record.putInt(batch.rows()).putInt(batch.length()).put(batch.bytes(), 0, batch.length());
        CRC32C crc = new CRC32C();
        crc.update(record.array(), 0, record.position());
        record.putInt((int) crc.getValue());
        record.flip();
        if (active == null) {
            activePath = dir.resolve(String.format("spool-%016d%s", nextNumber++, SUFFIX));
            active = FileChannel.open(activePath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            activeSize = 0;
            forceDirectory();
        }
        try {
            while (record.hasRemaining()) {
                active.write(record);
            }
            active.force(false);
        } catch (IOException e) {
            // Cut the partial record off, so that the segment stays readable; if even that fails, replay
            // reports the torn tail and keeps what comes before it.
            try {
                active.truncate(activeSize);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        activeSize += recordBytes;
        bytes += recordBytes;
        if (activeSize >= segmentBytes) {
            seal();
        }
        return true;
    }

    /** Makes the new segment's directory entry durable too, so that a power loss cannot lose the whole file. */
    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Not every platform can open a directory; the file's own force still holds its records.
        }
    }

    /** The oldest segment to replay; the segment being written is sealed first when it is the only one. */
    synchronized Optional<Path> oldest() throws IOException {
        if (sealed.isEmpty() && activeSize > 0) {
            seal();
        }
        return Optional.ofNullable(sealed.peekFirst());
    }

    private void seal() throws IOException {
        active.close();
        sealed.addLast(activePath);
        active = null;
        activePath = null;
        activeSize = 0;
    }

    /** Deletes a replayed segment. */
    synchronized void remove(Path segment) throws IOException {
        long size = Files.size(segment);
        Files.delete(segment);
        sealed.remove(segment);
        bytes -= size;
    }

    /** Moves a damaged segment aside as {@code <name>.corrupt}, for a person to look at; returns the new path. */
    synchronized Path quarantine(Path segment) throws IOException {
        long size = Files.size(segment);
        Path aside = segment.resolveSibling(segment.getFileName() + ".corrupt");
        Files.move(segment, aside, StandardCopyOption.REPLACE_EXISTING);
        sealed.remove(segment);
        bytes -= size;
        return aside;
    }

    synchronized long bytes() {
        return bytes;
    }

    long limitBytes() {
        return limitBytes;
    }

    synchronized int segments() {
        return sealed.size() + (activeSize > 0 ? 1 : 0);
    }

    synchronized void close() throws IOException {
        if (active != null) {
            seal();
        }
    }

    /** Reads every record of a segment, checking each; stops at the first damaged one. */
    static SpoolSegment read(Path segment) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(segment));
        List<SpoolSegment.Record> records = new ArrayList<>();
        while (b.hasRemaining()) {
            int start = b.position();
            String damage = checkRecord(b);
            if (damage != null) {
                return new SpoolSegment(segment, records, start, damage);
            }
            b.position(start + 4);
            EncodedBatch.Table table = EncodedBatch.Table.of(b.get());
            long run = b.getLong();
            long endSequence = b.getLong();
            int rows = b.getInt();
            int length = b.getInt();
            byte[] copy = new byte[length];
            b.get(copy);
            b.getInt();
            records.add(new SpoolSegment.Record(run, new EncodedBatch(table, copy, length, rows, endSequence)));
        }
        return new SpoolSegment(segment, records, b.position(), null);
    }

    /** Null when the record at the buffer's position is whole and intact, else what is wrong with it. */
    private static String checkRecord(ByteBuffer b) {
        int start = b.position();
        if (b.remaining() < HEADER_BYTES + CHECKSUM_BYTES) {
            return "truncated record (" + b.remaining() + " bytes left)";
        }
        if (b.getInt(start) != MAGIC) {
            return "bad record marker";
        }
        byte table = b.get(start + 4);
        if (table < 0 || table >= EncodedBatch.Table.values().length) {
            return "unknown table code " + table;
        }
        int length = b.getInt(start + HEADER_BYTES - 4);
        if (length < 0 || length > b.remaining() - HEADER_BYTES - CHECKSUM_BYTES) {
            return "truncated record (length " + length + ", " + b.remaining() + " bytes left)";
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), start, HEADER_BYTES + length);
        if ((int) crc.getValue() != b.getInt(start + HEADER_BYTES + length)) {
            return "checksum mismatch";
        }
        return null;
    }

    /** The spool has reached its configured limit. */
    static final class SpoolFullException extends IOException {
        private static final long serialVersionUID = 1L;

        SpoolFullException(String message) {
            super(message);
        }
    }
}
