package io.taktline.bench.historian;

import io.taktline.db.Database;
import io.taktline.db.DatabaseSettings;
import io.taktline.db.historian.HistorianSettings;
import io.taktline.db.historian.HistorianWriter;
import io.taktline.db.historian.SampleQueries;
import io.taktline.db.historian.Series;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Historian throughput against a raw binary COPY baseline in the same invocation, on the embedded PostgreSQL,
 * plus the latency of a 30-day 1-minute trend query and of a last-value query for 10,000 tags.
 *
 * <p>Run: {@code mvn -B -q -pl bench exec:java -Dexec.mainClass=io.taktline.bench.historian.HistorianWriterBench
 * [-Dexec.args="<rows>"]}; default 2,000,000 rows (10,000 tags × 200 seconds); {@code -Dbench.verbose=true} prints
 * the writer's stats. The baseline is one COPY stream on one connection, its rows encoded before the clock
 * starts; the writer's time runs from its first append to its last commit and includes encoding, and it uses
 * two connections for large batches.
 */
public final class HistorianWriterBench {

    private static final int TAGS = 10_000;
    private static final long PG_EPOCH_OFFSET_MICROS = 946_684_800_000_000L;
    private static final int ROW_BYTES = 2 + 12 + 12 + 12 + 6;

    private HistorianWriterBench() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench-data")), "historian");
        // Yesterday, UTC: its daily partition exists on the plain PostgreSQL path.
        long dayMicros = ChronoUnit.MICROS.between(
                Instant.EPOCH, Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS));
        try (Database db = Database.open(new DatabaseSettings(null, null, null, dataDir))) {
            System.out.printf("historian bench: %,d rows, %d tags, %s%n", rows, TAGS, db.description());
            execute(
                    db,
                    "create table bench_raw (like sample including defaults including constraints including indexes)");
            execute(
                    db,
                    "create table bench_warm (like sample including defaults including constraints including indexes)");

            // Warm-up of both paths (JIT, buffers), on other rows.
            rawCopy(db, "bench_warm", rows / 10, dayMicros + 3_600_000_000L * 12);
            writer(db, rows / 10, 1_000_000, dayMicros + 3_600_000_000L * 12);

            double raw = rawCopy(db, "bench_raw", rows, dayMicros);
            double written = writer(db, rows, 0, dayMicros);
            System.out.printf("raw binary COPY baseline: %,.0f rows/s%n", raw);
            System.out.printf("historian writer:         %,.0f rows/s%n", written);
            System.out.printf("writer/baseline ratio:    %.2f (goal >= 0.90)%n", written / raw);

            trendQuery(db);
            lastValueQuery(db);
        } finally {
            deleteRecursively(dataDir);
        }
    }

    /** A run leaves about 1 GB of database files; they are of no use afterwards. */
    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One COPY stream of all rows into a fresh table like {@code sample}: the ceiling for the writer. */
    private static double rawCopy(Database db, String table, int rows, long startMicros) throws SQLException {
        ByteBuffer b = ByteBuffer.allocate(19 + rows * ROW_BYTES + 2);
        b.put(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0})
                .putInt(0)
                .putInt(0);
        for (int i = 0; i < rows; i++) {
            b.putShort((short) 4);
            b.putInt(8).putLong(timeOf(i, startMicros) - PG_EPOCH_OFFSET_MICROS);
            b.putInt(8).putLong(i % TAGS);
            b.putInt(8).putDouble(i);
            b.putInt(2).putShort((short) 192);
        }
        b.putShort((short) -1);
        long started = System.nanoTime();
        try (Connection c = db.dataSource().getConnection()) {
            CopyIn copy = c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + table + " (time, tag_id, value, quality) from stdin (format binary)");
            copy.writeToCopy(b.array(), 0, b.position());
            copy.endCopy();
        }
        return rows / ((System.nanoTime() - started) / 1e9);
    }

    /** The same rows through the writer's queue, from the first append until all are stored. */
    private static double writer(Database db, int rows, long tagOffset, long startMicros) throws Exception {
        HistorianSettings settings = Integer.getInteger("bench.batch", 0) > 0
                ? new HistorianSettings(400_000, Integer.getInteger("bench.batch"), Duration.ofMillis(200))
                : HistorianSettings.defaults();
        try (HistorianWriter writer = new HistorianWriter(db.dataSource(), settings)) {
            writer.start();
            long started = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                // Keep below the queue's capacity instead of counting drops: the bench measures storing.
                if (i % 10_000 == 0) {
                    while (writer.stats().queued() > settings.queueCapacity() - 10_000) {
                        java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                    }
                }
                writer.append(tagOffset + i % TAGS, timeOf(i, startMicros), i, (short) 192);
            }
            if (!writer.awaitFlushed(Duration.ofMinutes(5))) {
                throw new IllegalStateException("writer did not finish: " + writer.stats());
            }
            double rate = rows / ((System.nanoTime() - started) / 1e9);
            if (Boolean.getBoolean("bench.verbose")) {
                System.out.println("writer stats: " + writer.stats());
            }
            if (writer.stats().dropped() > 0 || writer.stats().failedBatches() > 0) {
                throw new IllegalStateException("writer dropped or failed: " + writer.stats());
            }
            return rate;
        }
    }

    /** Row i: tag i % TAGS, one second apart per tag. */
    private static long timeOf(int i, long startMicros) {
        return startMicros + (long) (i / TAGS) * 1_000_000L;
    }

    /** 30 days of one sample every 10 s for one tag, rolled up; then a 1-minute trend over the 30 days. */
    private static void trendQuery(Database db) throws SQLException {
        long tag = 900_001;
        execute(
                db,
                "insert into sample (time, tag_id, value, quality) select t, " + tag
                        + ", extract(epoch from t)::bigint % 3600, 192 from generate_series(now() - interval '30 days',"
                        + " now(), interval '10 seconds') as t");
        execute(db, "select sample_rollup(now() - interval '31 days', now())");
        execute(db, "analyze");
        SampleQueries queries = new SampleQueries(db.dataSource());
        Instant to = Instant.now();
        Instant from = to.minus(30, ChronoUnit.DAYS);
        Series[] last = new Series[1];
        double ms = medianMillis(() -> last[0] = queries.series(tag, from, to, 43_200));
        System.out.printf(
                "30-day 1-minute trend, 1 tag: %d points from %s in %.1f ms (median of 7)%n",
                last[0].points().size(), last[0].source(), ms);
    }

    private static void lastValueQuery(Database db) {
        SampleQueries queries = new SampleQueries(db.dataSource());
        List<Long> ids = LongStream.range(0, TAGS).boxed().toList();
        int[] found = new int[1];
        double ms = medianMillis(() -> found[0] = queries.latest(ids).size());
        System.out.printf("last value of %,d tags: %,d found in %.1f ms (median of 7)%n", TAGS, found[0], ms);
    }

    private static double medianMillis(Supplier<Object> query) {
        query.get();
        List<Double> times = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            long started = System.nanoTime();
            query.get();
            times.add((System.nanoTime() - started) / 1e6);
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
