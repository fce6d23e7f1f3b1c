package io.taktline.db.historian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.taktline.db.Database;
import io.taktline.db.DatabaseSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The TimescaleDB path, against a server given by TAKTLINE_TEST_TIMESCALEDB_URL (with _USER and _PASSWORD,
 * default postgres/postgres). Point it at an empty database: the migrations run there. Skipped without it.
 */
class TimescaleDbIT {

    private static DatabaseSettings settingsFromEnvironment() {
        String url = System.getenv("TAKTLINE_TEST_TIMESCALEDB_URL");
        assumeTrue(url != null && !url.isBlank(), "TAKTLINE_TEST_TIMESCALEDB_URL is not set");
        String user = System.getenv().getOrDefault("TAKTLINE_TEST_TIMESCALEDB_USER", "postgres");
        String password = System.getenv().getOrDefault("TAKTLINE_TEST_TIMESCALEDB_PASSWORD", "postgres");
        return new DatabaseSettings(url, user, password, null);
    }

    @Test
    void migrationsMakeSampleAHypertableAndTheHistorianWritesIntoIt() throws Exception {
        try (Database db = Database.open(settingsFromEnvironment())) {
            assertThat(db.capabilities().timescaleDb()).isTrue();
            assertThat(db.description()).contains("TimescaleDB");
            try (Connection c = db.dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from timescaledb_information.hypertables"
                            + " where hypertable_name = 'sample'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
            }

            Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, t);
            try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
                writer.start();
                writer.append(9_001, micros, 1.5, (short) 192);
                writer.append(9_001, micros, 1.5, (short) 192);
                assertThat(writer.awaitFlushed(Duration.ofSeconds(10))).isTrue();
            }
            assertThat(new SampleQueries(db.dataSource()).range(9_001, t, t.plusSeconds(1), 10))
                    .containsExactly(new StoredSample(9_001, t, 1.5, (short) 192));
        }
    }

    private static Object queryOne(Database db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getObject(1);
        }
    }

    @Test
    void rollupsAreContinuousAggregatesAndPoliciesCompressAndExpireRawData() throws Exception {
        try (Database db = Database.open(settingsFromEnvironment())) {
            assertThat(queryOne(
                            db,
                            "select string_agg(view_name, ',' order by view_name)"
                                    + " from timescaledb_information.continuous_aggregates"))
                    .isEqualTo("sample_1h,sample_1m");
            assertThat(queryOne(
                            db,
                            "select string_agg(proc_name || ':' || hypertable_name, ',' order by proc_name,"
                                    + " hypertable_name) from timescaledb_information.jobs where hypertable_name in"
                                    + " ('sample', 'sample_text')"))
                    .isEqualTo("policy_compression:sample,policy_compression:sample_text,"
                            + "policy_retention:sample,policy_retention:sample_text");
            assertThat(queryOne(
                            db,
                            "select config->>'drop_after' from timescaledb_information.jobs"
                                    + " where proc_name = 'policy_retention' and hypertable_name = 'sample'"))
                    .isEqualTo("90 days");
            assertThat(queryOne(
                            db,
                            "select count(*) from timescaledb_information.jobs"
                                    + " where proc_name = 'policy_refresh_continuous_aggregate'"))
                    .isEqualTo(2L);
            assertThat(queryOne(
                            db,
                            "select attname from timescaledb_information.compression_settings"
                                    + " where hypertable_name = 'sample' and segmentby_column_index = 1"))
                    .isEqualTo("tag_id");
            assertThat(queryOne(
                            db,
                            "select count(*) from timescaledb_information.hypertables"
                                    + " where hypertable_name = 'sample_text'"))
                    .isEqualTo(1L);

            // Real-time aggregation: the minute series is there before any refresh has run.
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
            try (HistorianWriter writer = new HistorianWriter(db.dataSource(), HistorianSettings.defaults())) {
                writer.start();
                for (int s = 0; s < 3_600; s++) {
                    writer.append(9_101, ChronoUnit.MICROS.between(Instant.EPOCH, t0.plusSeconds(s)), s, (short) 192);
                }
                writer.appendText(9_102, ChronoUnit.MICROS.between(Instant.EPOCH, t0), "Störung", (short) 192);
                assertThat(writer.awaitFlushed(Duration.ofSeconds(30))).isTrue();
            }
            SampleQueries queries = new SampleQueries(db.dataSource());
            Series minutes = queries.series(9_101, t0, t0.plus(1, ChronoUnit.HOURS), 60);
            assertThat(minutes.source()).isEqualTo(SeriesSource.ONE_MINUTE);
            assertThat(minutes.points()).hasSize(60);
            assertThat(minutes.points().get(59))
                    .isEqualTo(new SeriesPoint(t0.plusSeconds(3_540), 3_540, 3_599, 3_569.5, 3_540, 3_599, 60));
            Series hour = queries.series(9_101, t0, t0.plus(1, ChronoUnit.HOURS), 1);
            assertThat(hour.source()).isEqualTo(SeriesSource.ONE_HOUR);
            assertThat(hour.points()).extracting(SeriesPoint::count).containsExactly(3_600L);
            assertThat(queries.textRange(9_102, t0, t0.plusSeconds(1), 10))
                    .containsExactly(new StoredText(9_102, t0, "Störung", (short) 192));
        }
    }
}
