package io.taktline.db.historian;

import static org.assertj.core.api.Assertions.assertThat;

import io.taktline.db.Database;
import io.taktline.db.DatabaseSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One embedded database for the class; each test uses its own tag ids. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistorianWriterIT {

    private Database db;

    @BeforeAll
    void openDatabase() throws Exception {
        Path target = Files.createDirectories(Path.of("target", "it-data"));
        db = Database.open(new DatabaseSettings(null, null, null, Files.createTempDirectory(target, "historian")));
    }

    @AfterAll
    void closeDatabase() {
        db.close();
    }

    private long count(String where) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from sample where " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long micros(Instant i) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, i);
    }

    /** 100 000 samples: 100 tags (firstTag ...) × 1 000 seconds back from now. */
    private static void append100k(HistorianWriter writer, long firstTag, long nowMicros) {
        for (int second = 0; second < 1_000; second++) {
            for (int tag = 0; tag < 100; tag++) {
                assertThat(writer.append(
                                firstTag + tag, nowMicros - second * 1_000_000L, second + tag / 1000.0, (short) 192))
                        .isTrue();
            }
        }
    }

    @Test
    void storesAllOf100kSamplesAndAReplayAddsNone() throws Exception {
        long now = micros(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
            writer.start();

            long started = System.nanoTime();
            append100k(writer, 1_000, now);
            assertThat(writer.awaitFlushed(Duration.ofSeconds(60))).isTrue();
            long nanos = System.nanoTime() - started;
            System.out.printf(
                    "historian: 100000 samples stored in %d ms (%.0f samples/s)%n",
                    nanos / 1_000_000, 100_000 / (nanos / 1e9));

            assertThat(count("tag_id between 1000 and 1099")).isEqualTo(100_000);

            append100k(writer, 1_000, now);
            assertThat(writer.awaitFlushed(Duration.ofSeconds(60))).isTrue();

            assertThat(count("tag_id between 1000 and 1099")).isEqualTo(100_000);
            HistorianStats stats = writer.stats();
            assertThat(stats.written()).isEqualTo(200_000);
            assertThat(stats.dropped()).isZero();
            assertThat(stats.failedBatches()).isZero();
        }
    }

    @Test
    void rangeReturnsOneTagsSamplesInTimeOrderWithinHalfOpenBounds() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
            writer.start();
            for (int i = 9; i >= 0; i--) { // appended newest first: the query must order
                writer.append(2_001, micros(t0.plusSeconds(i)) + 7, i * 1.5, (short) 192);
                writer.append(2_002, micros(t0.plusSeconds(i)), -i, (short) 0);
            }
            assertThat(writer.awaitFlushed(Duration.ofSeconds(10))).isTrue();
        }
        SampleQueries queries = new SampleQueries(db.dataSource());

        List<StoredSample> samples =
                queries.range(2_001, t0.plusSeconds(2), t0.plusSeconds(5).plusNanos(7_000), 100);

        // from (2 s + 7 µs) is included, to (5 s + 7 µs) is excluded
        assertThat(samples)
                .containsExactly(
                        new StoredSample(2_001, t0.plusSeconds(2).plusNanos(7_000), 2 * 1.5, (short) 192),
                        new StoredSample(2_001, t0.plusSeconds(3).plusNanos(7_000), 3 * 1.5, (short) 192),
                        new StoredSample(2_001, t0.plusSeconds(4).plusNanos(7_000), 4 * 1.5, (short) 192));
        assertThat(queries.range(2_001, t0, t0.plusSeconds(10), 3)).hasSize(3);
    }

    @Test
    void latestReturnsTheLastSampleOfEachTagAndOmitsTagsWithout() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
            writer.start();
            for (int i = 0; i < 5; i++) {
                writer.append(3_001, micros(t0.minusSeconds(i)), 100 - i, (short) 192);
                writer.append(3_002, micros(t0.minusSeconds(10 + i)), 200 - i, (short) 64);
            }
            assertThat(writer.awaitFlushed(Duration.ofSeconds(10))).isTrue();
        }

        Map<Long, StoredSample> latest = new SampleQueries(db.dataSource()).latest(List.of(3_001L, 3_002L, 3_999L));

        assertThat(latest).containsOnlyKeys(3_001L, 3_002L);
        assertThat(latest.get(3_001L)).isEqualTo(new StoredSample(3_001, t0, 100, (short) 192));
        assertThat(latest.get(3_002L)).isEqualTo(new StoredSample(3_002, t0.minusSeconds(10), 200, (short) 64));
    }

    @Test
    void keepsSamplesOutsideThePreparedDaysInTheDefaultPartition() throws Exception {
        Instant longAgo = Instant.parse("1999-12-31T23:59:59.999999Z");
        try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
            writer.start();
            writer.append(4_001, micros(longAgo), 1, (short) 192);
            assertThat(writer.awaitFlushed(Duration.ofSeconds(10))).isTrue();
        }

        assertThat(new SampleQueries(db.dataSource())
                        .latest(List.of(4_001L))
                        .get(4_001L)
                        .time())
                .isEqualTo(longAgo);
    }

    @Test
    void keepsABatchQueuedWhileTheDatabaseFailsAndStoresItOnceItRecovers() throws Exception {
        long now = micros(Instant.now());
        try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
            writer.start();
            execute("alter table sample rename to sample_away");
            try {
                for (int i = 0; i < 500; i++) {
                    writer.append(5_001, now - i, i, (short) 192);
                }
                assertThat(writer.awaitFlushed(Duration.ofMillis(700))).isFalse();
                HistorianStats failing = writer.stats();
                assertThat(failing.failedBatches()).isPositive();
                assertThat(failing.queued()).isEqualTo(500);
                assertThat(failing.lastError()).contains("sample");
            } finally {
                execute("alter table sample_away rename to sample");
            }

            assertThat(writer.awaitFlushed(Duration.ofSeconds(20))).isTrue();
            assertThat(writer.stats().written()).isEqualTo(500);
        }
        assertThat(count("tag_id = 5001")).isEqualTo(500);
    }

    @Test
    void storesTextSamplesAndReadsThemBack() throws Exception {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
            writer.start();
            assertThat(writer.appendText(6_001, micros(t0), "E-Stop Station 3 / Störung", (short) 192))
                    .isTrue();
            assertThat(writer.appendText(6_001, micros(t0), "E-Stop Station 3 / Störung", (short) 192))
                    .isTrue();
            assertThat(writer.appendText(6_001, micros(t0.plusSeconds(1)), "", (short) 0))
                    .isTrue();
            assertThat(writer.awaitFlushed(Duration.ofSeconds(10))).isTrue();
        }

        assertThat(new SampleQueries(db.dataSource()).textRange(6_001, t0, t0.plusSeconds(2), 10))
                .containsExactly(
                        new StoredText(6_001, t0, "E-Stop Station 3 / Störung", (short) 192),
                        new StoredText(6_001, t0.plusSeconds(1), "", (short) 0));
    }

    @Test
    void seriesComesFromRawOrTheMinuteRollupByWidthAndChartKeepsThePeaks() throws Exception {
        // Two hours of one sample a second, a single spike of 1000 in the middle.
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
        try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
            writer.start();
            for (int s = 0; s < 7_200; s++) {
                writer.append(8_001, micros(t0.plusSeconds(s)), s == 3_601 ? 1_000 : s % 60, (short) 192);
            }
            assertThat(writer.awaitFlushed(Duration.ofSeconds(30))).isTrue();
        }
        execute("select sample_rollup(timestamptz '" + t0 + "', timestamptz '" + t0.plus(2, ChronoUnit.HOURS) + "')");
        SampleQueries queries = new SampleQueries(db.dataSource());

        Series raw = queries.series(8_001, t0, t0.plusSeconds(600), 60);
        assertThat(raw.source()).isEqualTo(SeriesSource.RAW);
        assertThat(raw.bucketWidth()).isEqualTo(Duration.ofSeconds(10));
        assertThat(raw.points()).hasSize(60);
        assertThat(raw.points().get(1)).isEqualTo(new SeriesPoint(t0.plusSeconds(10), 10, 19, 14.5, 10, 19, 10));

        Series minutes = queries.series(8_001, t0, t0.plus(2, ChronoUnit.HOURS), 24);
        assertThat(minutes.source()).isEqualTo(SeriesSource.ONE_MINUTE);
        assertThat(minutes.bucketWidth()).isEqualTo(Duration.ofMinutes(5));
        assertThat(minutes.points()).hasSize(24);
        assertThat(minutes.points().get(0).count()).isEqualTo(300);
        assertThat(minutes.points().get(0).avg()).isEqualTo(29.5);
        assertThat(minutes.points().get(12).max()).isEqualTo(1_000);

        Series hours = queries.series(8_001, t0, t0.plus(2, ChronoUnit.HOURS), 2);
        assertThat(hours.source()).isEqualTo(SeriesSource.ONE_HOUR);
        assertThat(hours.points()).extracting(SeriesPoint::count).containsExactly(3_600L, 3_600L);

        List<ChartPoint> chart = queries.chart(8_001, t0, t0.plus(2, ChronoUnit.HOURS), 100);
        assertThat(chart).hasSizeLessThanOrEqualTo(100);
        assertThat(chart).extracting(ChartPoint::value).contains(1_000.0);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
