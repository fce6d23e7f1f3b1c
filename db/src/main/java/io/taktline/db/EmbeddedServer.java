package io.taktline.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 (zonky binaries) under {@code dataDir/postgres}, listening on a free localhost port.
 *
 * <p>PostgreSQL refuses to run as root. zonky 2.x copes: when the JVM runs as uid 0 and {@code unshare -U}
 * works, it starts initdb, postgres and pg_ctl in a fresh user namespace, where they see themselves as
 * "nobody" while keeping root's access to the files. Where user namespaces are not allowed (e.g. a container
 * under the default seccomp profile) we say so instead of letting initdb fail with a bare "cannot be run as
 * root".
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    static final String DATABASE = "taktline";
    static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static EmbeddedServer start(Path appDataDir) throws DatabaseUnavailableException {
        if (appDataDir == null) {
            throw new DatabaseUnavailableException(
                    "no data folder set for the embedded database; set the data folder, or" + " set "
                            + ConnectionFailure.URL_KEY + " to use an external PostgreSQL");
        }
        Path dataDir = appDataDir.toAbsolutePath().resolve("postgres");
        refuseRootWithoutUserNamespaces(dataDir);
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataDir);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    // Kept across restarts: initdb runs only when the folder holds no cluster yet.
                    .setCleanDataDirectory(false)
                    // Binaries next to the data rather than in /tmp, where a tmp cleaner may remove them.
                    .setOverrideWorkingDirectory(appDataDir
                            .toAbsolutePath()
                            .resolve("postgres-binaries")
                            .toFile())
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "50")
                    // zonky's test-friendly default is off; this holds the plant's data, so a crash loses no commit.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUnavailableException(
                    "cannot start the embedded PostgreSQL with data in " + dataDir + " ("
                            + ConnectionFailure.rootCause(e) + "); check that the folder is writable and not used by"
                            + " another Taktline, or set " + ConnectionFailure.URL_KEY
                            + " to use an external PostgreSQL",
                    e);
        }
        EmbeddedServer server = new EmbeddedServer(postgres, dataDir);
        try {
            server.createApplicationDatabase();
        } catch (SQLException e) {
            server.close();
            throw new DatabaseUnavailableException(
                    "the embedded PostgreSQL in " + dataDir + " started but refused to create database " + DATABASE
                            + " (" + ConnectionFailure.rootCause(e) + ")",
                    e);
        }
        LOG.info(
                "embedded PostgreSQL on port {}, data in {}, ready in {} ms",
                postgres.getPort(),
                dataDir,
                (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE);
        }
    }

    private static void refuseRootWithoutUserNamespaces(Path dataDir) throws DatabaseUnavailableException {
        if (new com.sun.security.auth.module.UnixSystem().getUid() != 0 || userNamespacesWork()) {
            return;
        }
        throw new DatabaseUnavailableException("cannot start the embedded PostgreSQL with data in " + dataDir
                + ": Taktline runs as root and PostgreSQL refuses root, and 'unshare -U' (user namespaces, from"
                + " util-linux) is not available to run it unprivileged; run Taktline as an ordinary user, allow user"
                + " namespaces, or set " + ConnectionFailure.URL_KEY + " to use an external PostgreSQL");
    }

    private static boolean userNamespacesWork() {
        try {
            Process p = new ProcessBuilder("unshare", "-U", "id", "-u")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 && !out.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("stopping the embedded PostgreSQL in {} failed: {}", dataDir, e.toString());
        }
    }
}
