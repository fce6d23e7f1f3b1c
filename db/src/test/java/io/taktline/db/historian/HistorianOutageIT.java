package io.taktline.db.historian;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.db.Database;
import io.taktline.db.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The database goes away for 30 s while samples flow; every sample ends up stored exactly once. */
class HistorianOutageIT {

    private static final int TAGS = 10;

    private static EmbeddedPostgres startPostgres(Path dataDir, int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataDir.resolve("bin").toFile())
                .setPort(port)
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    @Test
    void storesEverySampleExactlyOnceAcrossA30SecondDatabaseOutage() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "outage");
        EmbeddedPostgres postgres = startPostgres(dataDir, 0);
        int port = postgres.getPort();
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        long base = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        AtomicLong appended = new AtomicLong();
        AtomicBoolean flowing = new AtomicBoolean(true);
        HistorianStats afterOutage;
        try (Database db = Database.open(new DatabaseSettings(url, "postgres", "", null));
                HistorianWriter writer =
                        new HistorianWriter(db.dataSource(), HistorianSettings.defaults(), dataDir.resolve("spool"))) {
            writer.start();
            // 1,000 samples/s from a producer thread, each (tag, time) unique, value = its sequence number.
            Thread producer = new Thread(() -> {
                long n = 0;
                while (flowing.get()) {
                    for (int k = 0; k < 10; k++, n++) {
                        if (!writer.append(n % TAGS, base + n * 1_000, n, (short) 192)) {
                            throw new AssertionError("sample " + n + " dropped: " + writer.stats());
                        }
                    }
                    appended.set(n);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            producer.start();
            Thread.sleep(3_000);

            postgres.close();
            Thread.sleep(30_000);
            HistorianStats duringOutage = writer.stats();
            postgres = startPostgres(dataDir, port);
            Thread.sleep(3_000);
            flowing.set(false);
            producer.join();

            assertThat(writer.awaitFlushed(Duration.ofSeconds(60))).isTrue();
            // The last spooled segment is deleted, and spooling ends, a moment after its rows count as stored.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while ((writer.stats().spoolBytes() > 0 || writer.stats().spooling()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            afterOutage = writer.stats();
            System.out.printf(
                    "outage: %d samples appended, during the outage %s, after %s%n",
                    appended.get(), duringOutage, afterOutage);
            assertThat(duringOutage.spooling()).isTrue();
            assertThat(duringOutage.spoolBytes()).isPositive();
            assertThat(afterOutage.spooledBatches()).isPositive();
            assertThat(afterOutage.dropped()).isZero();
            assertThat(afterOutage.spoolBytes()).isZero();
            assertThat(afterOutage.spooling()).isFalse();

            long n = appended.get();
            try (Connection c = db.dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*), count(distinct value), min(value), max(value)"
                            + " from sample where tag_id between 0 and " + (TAGS - 1))) {
                rs.next();
                assertThat(rs.getLong(1)).as("rows").isEqualTo(n);
                assertThat(rs.getLong(2)).as("distinct samples").isEqualTo(n);
                assertThat(rs.getDouble(3)).isZero();
                assertThat(rs.getDouble(4)).isEqualTo(n - 1);
            }
        } finally {
            postgres.close();
        }
    }
}
