package io.taktline.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The opened database: connection pool, migrated schema, known capabilities, and the hourly partition
 * maintenance that keeps tomorrow's sample partitions ready.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    /**
     * No statement or COPY of Taktline's waits this long on a healthy server; a connection that
     * hears nothing for it is half-open (a cable pulled, a failover), and the historian must get
     * its error and spool rather than hang on it.
     */
    private static final int SOCKET_TIMEOUT_SECONDS = 300;

    private static final int POOL_SIZE = 8;

    private final EmbeddedServer embedded;
    private final HikariDataSource pool;
    private final StorageCapabilities capabilities;
    private final String description;
    private final ScheduledExecutorService maintenance;

    private Database(
            EmbeddedServer embedded,
            HikariDataSource pool,
            StorageCapabilities capabilities,
            String description,
            ScheduledExecutorService maintenance) {
        this.embedded = embedded;
        this.pool = pool;
        this.capabilities = capabilities;
        this.description = description;
        this.maintenance = maintenance;
    }

    /**
     * Opens the external database named by {@code settings.url()}, or starts the embedded one when it is blank;
     * then migrates the schema and schedules partition maintenance.
     */
    public static Database open(DatabaseSettings settings) throws DatabaseUnavailableException {
        return open(settings, StoragePolicy.defaults());
    }

    /** As {@link #open(DatabaseSettings)}, applying {@code policy} (chunk interval, compression, retention). */
    public static Database open(DatabaseSettings settings, StoragePolicy policy) throws DatabaseUnavailableException {
        EmbeddedServer embedded = settings.embedded() ? EmbeddedServer.start(settings.dataDir()) : null;
        HikariDataSource pool = null;
        try {
            String url = embedded != null ? embedded.jdbcUrl() : settings.url().trim();
            String user = embedded != null ? EmbeddedServer.USER : settings.user();
            String password = embedded != null ? null : settings.password();
            probe(url, user, password);
            pool = pool(url, user, password);
            migrate(pool, url);
            StorageProfile profile = StorageProfile.read(pool);
            applyPolicy(pool, url, policy);
            ScheduledExecutorService maintenance = null;
            if (!profile.capabilities().timescaleDb()) {
                PartitionMaintenance partitions = new PartitionMaintenance(pool);
                partitions.hourly();
                maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "taktline-partition-maintenance");
                    t.setDaemon(true);
                    return t;
                });
                maintenance.scheduleWithFixedDelay(partitions::hourly, 1, 1, TimeUnit.HOURS);
                maintenance.scheduleWithFixedDelay(partitions::everyMinute, 1, 1, TimeUnit.MINUTES);
            }
            String description = embedded != null
                    ? "embedded PostgreSQL " + profile.capabilities().serverVersion() + " on port " + embedded.port()
                            + ", data in " + embedded.dataDir()
                    : profile.describe(url);
            LOG.info("database: {}", description);
            return new Database(embedded, pool, profile.capabilities(), description, maintenance);
        } catch (DatabaseUnavailableException | RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /**
     * One plain connection attempt before the pool exists, so that a wrong URL or password fails at once with
     * a message naming the setting instead of after the pool's retries.
     */
    private static void probe(String url, String user, String password) throws DatabaseUnavailableException {
        // The driver itself, not DriverManager: in an application server DriverManager only hands out drivers
        // that the server's class loader registered, and Payara unregisters those a deployment brought along.
        Driver driver = new org.postgresql.Driver();
        try {
            if (!driver.acceptsURL(url)) {
                throw ConnectionFailure.notPostgresUrl(url);
            }
        } catch (SQLException e) {
            throw ConnectionFailure.notPostgresUrl(url);
        }
        Properties props = connectionProperties(user, password);
        try (Connection c = driver.connect(url, props)) {
            if (c == null) {
                throw ConnectionFailure.notPostgresUrl(url);
            }
        } catch (SQLException e) {
            throw ConnectionFailure.of(url, user, e);
        }
    }

    private static Properties connectionProperties(String user, String password) {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "taktline");
        return props;
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("taktline-db");
        config.setJdbcUrl(url);
        config.setDriverClassName("org.postgresql.Driver");
        config.setDataSourceProperties(connectionProperties(user, password));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(CONNECT_TIMEOUT_SECONDS));
        config.setValidationTimeout(TimeUnit.SECONDS.toMillis(2));
        return new HikariDataSource(config);
    }

    private static void migrate(DataSource dataSource, String url) throws DatabaseUnavailableException {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info(
                        "database: applied {} migrations, now at version {}",
                        result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new DatabaseUnavailableException(
                    "migrating the database at " + ConnectionFailure.redact(url) + " failed ("
                            + ConnectionFailure.rootCause(e)
                            + "); the schema is left as Flyway's history table says, fix the cause and restart",
                    e);
        }
    }

    private static void applyPolicy(DataSource dataSource, String url, StoragePolicy policy)
            throws DatabaseUnavailableException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select sample_apply_policy(?::interval, ?::interval, ?::interval)")) {
            ps.setString(1, StoragePolicy.interval(policy.chunkInterval()));
            ps.setString(2, StoragePolicy.interval(policy.compressAfter()));
            ps.setString(3, StoragePolicy.interval(policy.rawRetention()));
            ps.execute();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "applying the storage policy " + policy + " to " + ConnectionFailure.redact(url) + " failed ("
                            + ConnectionFailure.rootCause(e) + "); check the policy settings",
                    e);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public StorageCapabilities capabilities() {
        return capabilities;
    }

    public String description() {
        return description;
    }

    /** A cheap liveness check: one {@code SELECT 1} with a short timeout on a pooled connection. */
    public boolean isHealthy() {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            return s.execute("select 1");
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (maintenance != null) {
            maintenance.shutdownNow();
        }
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
