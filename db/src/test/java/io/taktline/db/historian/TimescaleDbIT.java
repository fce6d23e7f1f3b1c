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
}
