package io.taktline.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class DatabaseIT {

    static Path newDataDir() throws Exception {
        Path target = Path.of("target", "it-data");
        Files.createDirectories(target);
        return Files.createTempDirectory(target, "db");
    }

    static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(null, null, null, dataDir);
    }

    private static Object queryOne(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getObject(1);
        }
    }

    @Test
    void opensEmbeddedPostgresMigratedAndReportsThePlainPostgresPath() throws Exception {
        Path dataDir = newDataDir();
        long started = System.nanoTime();
        try (Database db = Database.open(embedded(dataDir))) {
            System.out.printf(
                    "embedded open (initdb + migrate) took %d ms%n", (System.nanoTime() - started) / 1_000_000);

            assertThat(db.capabilities().timescaleDb()).isFalse();
            assertThat(db.capabilities().serverVersion()).startsWith("17.");
            assertThat(db.description())
                    .startsWith("embedded PostgreSQL 17.")
                    .contains(dataDir.toAbsolutePath().resolve("postgres").toString());
            assertThat(db.isHealthy()).isTrue();
            assertThat(queryOne(
                            db,
                            "select count(*) from flyway_schema_history where success and version in ('1', '2', '3')"))
                    .isEqualTo(3L);
            assertThat(queryOne(db, "select time_series from storage_layout")).isEqualTo("PARTITIONED");
        }
    }

    @Test
    void partitionsSampleByDayWithTodaysPartitionAndADefault() throws Exception {
        try (Database db = Database.open(embedded(newDataDir()))) {
            String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);

            assertThat(queryOne(db, "select relkind::text from pg_class where relname = 'sample'"))
                    .isEqualTo("p");
            assertThat(queryOne(db, "select count(*) from pg_inherits where inhparent = 'sample'::regclass"))
                    .isEqualTo(1L + PartitionMaintenance.DAYS_BACK + 1 + PartitionMaintenance.DAYS_AHEAD);
            assertThat(queryOne(db, "select to_regclass('sample_p" + today + "') is not null"))
                    .isEqualTo(true);
            assertThat(queryOne(db, "select to_regclass('sample_default') is not null"))
                    .isEqualTo(true);
        }
    }

    @Test
    void movesRowsOutOfTheDefaultPartitionWhenTheirDayGetsOne() throws Exception {
        try (Database db = Database.open(embedded(newDataDir()))) {
            try (Connection c = db.dataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute(
                        "insert into sample values (date_trunc('day', now()) + interval '20 days 1 hour', 1, 2.5, 192)");
                assertThat(queryOne(db, "select count(*) from sample_default")).isEqualTo(1L);

                try (ResultSet rs = s.executeQuery("select sample_ensure_partitions(3, 21)")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(14);
                }
            }
            assertThat(queryOne(db, "select count(*) from sample_default")).isEqualTo(0L);
            assertThat(queryOne(db, "select count(*) from sample")).isEqualTo(1L);
            assertThat(queryOne(db, "select count(*) from sample where tableoid <> 'sample_default'::regclass"))
                    .isEqualTo(1L);
        }
    }

    @Test
    void dropsDailyPartitionsPastTheRetentionPeriodAndKeepsTheRest() throws Exception {
        StoragePolicy tenDays = new StoragePolicy(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(10));
        try (Database db = Database.open(embedded(newDataDir()), tenDays)) {
            String old = LocalDate.now(ZoneOffset.UTC).minusDays(20).format(DateTimeFormatter.BASIC_ISO_DATE);
            String kept = LocalDate.now(ZoneOffset.UTC).minusDays(5).format(DateTimeFormatter.BASIC_ISO_DATE);
            queryOne(db, "select sample_ensure_partitions(30, 1)");
            assertThat(queryOne(db, "select to_regclass('sample_p" + old + "') is not null"))
                    .isEqualTo(true);

            assertThat(queryOne(db, "select sample_drop_expired()")).isEqualTo(20);

            assertThat(queryOne(db, "select to_regclass('sample_p" + old + "') is null"))
                    .isEqualTo(true);
            assertThat(queryOne(db, "select to_regclass('sample_p" + kept + "') is not null"))
                    .isEqualTo(true);
            assertThat(queryOne(db, "select raw_retention = interval '10 days' from storage_layout"))
                    .isEqualTo(true);
        }
    }

    @Test
    void keepsDataAcrossCloseAndReopenOfTheSameDataFolder() throws Exception {
        Path dataDir = newDataDir();
        try (Database db = Database.open(embedded(dataDir));
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("insert into sample values (now(), 7, 1.25, 192)");
        }
        long started = System.nanoTime();
        try (Database db = Database.open(embedded(dataDir))) {
            System.out.printf("embedded reopen took %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(queryOne(db, "select value from sample where tag_id = 7"))
                    .isEqualTo(1.25);
            assertThat(queryOne(db, "select count(*) from flyway_schema_history where version in ('1', '2', '3')"))
                    .isEqualTo(3L);
        }
    }

    @Test
    void refusedConnectionFailsQuicklyNamingTheUrlSetting() {
        String url = "jdbc:postgresql://127.0.0.1:1/x";
        long started = System.nanoTime();

        assertThatThrownBy(() -> Database.open(new DatabaseSettings(url, "u", "p", null)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("cannot connect to TAKTLINE_DB_URL=" + url + " (ConnectException")
                .hasMessageContaining("unset TAKTLINE_DB_URL to use the embedded database");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void unknownHostFailsNamingTheHost() {
        assertThatThrownBy(() -> Database.open(
                        new DatabaseSettings("jdbc:postgresql://nohost.invalid:5432/taktline", "u", "p", null)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("TAKTLINE_DB_URL=jdbc:postgresql://nohost.invalid:5432/taktline")
                .hasMessageContaining("UnknownHostException: nohost.invalid");
    }

    @Test
    void nonPostgresUrlIsRejectedNamingTheExpectedForm() {
        assertThatThrownBy(() -> Database.open(new DatabaseSettings("jdbc:mysql://db/x", "u", "p", null)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("TAKTLINE_DB_URL=jdbc:mysql://db/x is not a PostgreSQL JDBC URL");
    }

    @Test
    void missingDatabaseIsReportedAsMissingNotAsUnreachable() throws Exception {
        try (Database db = Database.open(embedded(newDataDir()))) {
            String port = db.description().replaceAll(".* on port (\\d+),.*", "$1");
            String url = "jdbc:postgresql://localhost:" + port + "/nosuchdb";

            assertThatThrownBy(() -> Database.open(new DatabaseSettings(url, "postgres", null, null)))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageStartingWith("the database named in TAKTLINE_DB_URL=" + url + " does not exist");
        }
    }

    @Test
    void wrongPasswordIsReportedAgainstTheUserAndPasswordSettings() throws Exception {
        Path dataDir = newDataDir();
        try (Database db = Database.open(embedded(dataDir));
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create role operator superuser login password 'right'");
        }
        // The embedded cluster trusts local connections; make it ask this one role for its password.
        Path hba = dataDir.resolve("postgres").resolve("pg_hba.conf");
        Files.writeString(
                hba,
                "host all operator 127.0.0.1/32 scram-sha-256\nhost all operator ::1/128 scram-sha-256\n"
                        + Files.readString(hba));
        try (Database db = Database.open(embedded(dataDir))) {
            String port = db.description().replaceAll(".* on port (\\d+),.*", "$1");
            String url = "jdbc:postgresql://localhost:" + port + "/taktline";

            assertThatThrownBy(() -> Database.open(new DatabaseSettings(url, "operator", "wrong", null)))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessage("PostgreSQL at TAKTLINE_DB_URL=" + url + " rejected TAKTLINE_DB_USER=operator"
                            + " (PSQLException: FATAL: password authentication failed for user \"operator\");"
                            + " check TAKTLINE_DB_USER and TAKTLINE_DB_PASSWORD");
            try (Database external = Database.open(new DatabaseSettings(url, "operator", "right", null))) {
                assertThat(external.description()).startsWith("PostgreSQL 17.").endsWith(", native partitions");
            }
        }
    }
}
