package io.taktline.web.config;

import java.util.Locale;

/**
 * Every configuration key Taktline reads, with its default and what it does. Each key can be
 * given as a system property, in {@code microprofile-config.properties}, or as an environment
 * variable named by MicroProfile Config's rule ({@code taktline.db.url} is {@code TAKTLINE_DB_URL}).
 * The README's configuration table is checked against this list by a test.
 */
public enum Setting {
    DB_URL(
            "taktline.db.url",
            "",
            "JDBC URL of the PostgreSQL or TimescaleDB database. Empty: an embedded PostgreSQL keeps its data in the data folder."),
    DB_USER("taktline.db.user", "postgres", "Database user."),
    DB_PASSWORD("taktline.db.password", "", "Database password."),
    DATA_DIR(
            "taktline.data.dir",
            "./data",
            "Folder for Taktline's own files: the embedded database, and later certificates and the spool."),
    SIMULATOR_ENABLED(
            "taktline.simulator.enabled",
            "true",
            "Run the simulated five-shop plant in-process. Turn off in production."),
    SIMULATOR_HOST(
            "taktline.simulator.host", "localhost", "Host name the simulator's OPC UA server binds and advertises."),
    SIMULATOR_PORT(
            "taktline.simulator.port", "4840", "TCP port of the simulator's OPC UA server (0 picks a free one)."),
    SIMULATOR_SEED(
            "taktline.simulator.seed", "42", "Random seed of the simulator: the same seed plays the same plant."),
    SIMULATOR_SPEED(
            "taktline.simulator.speed",
            "1.0",
            "Simulated seconds per wall-clock second (above 1 runs the plant faster)."),
    DEMO_MODEL(
            "taktline.demo-model.enabled",
            "true",
            "Import the demo plant's asset model when the asset model is empty. Turn off in production."),
    HISTORIAN_QUEUE_CAPACITY(
            "taktline.historian.queue-capacity", "200000", "Samples held in memory while the database catches up."),
    HISTORIAN_BATCH_SIZE("taktline.historian.batch-size", "10000", "Most samples written in one COPY batch."),
    HISTORIAN_MAX_BATCH_AGE_MS(
            "taktline.historian.max-batch-age-ms",
            "200",
            "Longest a sample waits in memory before its batch is written."),
    HISTORIAN_SPOOL_LIMIT_MB(
            "taktline.historian.spool-limit-mb",
            "1024",
            "Disk the store-and-forward spool (data folder/spool) may fill while the database is down or slow."),
    STORAGE_CHUNK_INTERVAL_HOURS(
            "taktline.storage.chunk-interval-hours", "24", "TimescaleDB chunk interval of the sample hypertables."),
    STORAGE_COMPRESS_AFTER_DAYS(
            "taktline.storage.compress-after-days", "7", "TimescaleDB compresses samples older than this."),
    STORAGE_RAW_RETENTION_DAYS(
            "taktline.storage.raw-retention-days",
            "90",
            "Raw samples older than this are dropped (rollups stay); daily partitions on plain PostgreSQL."),
    ADMIN_PASSWORD(
            "taktline.admin.password",
            "",
            "Password of the first admin (user admin), used only when there is no user yet. Empty: a one-time password is printed once in the log and must be changed at first sign-in."),
    DOWNTIME_MICRO_STOP_SECONDS(
            "taktline.downtime.micro-stop-seconds",
            "150",
            "An IDLE or DOWN stop without a fault code shorter than this is a micro-stop; longer ones wait for an operator's reason."),
    DOWNTIME_NO_SIGNAL_TIMEOUT_SECONDS(
            "taktline.downtime.no-signal-timeout-seconds",
            "300",
            "An asset silent (OFFLINE) this long gets a NO_SIGNAL stop from when it went quiet."),
    PLANT_ZONE(
            "taktline.plant.zone",
            "UTC",
            "The plant's time zone (an IANA name such as Asia/Shanghai): the boards and pages show times in it.");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** The environment variable MicroProfile Config maps to this key. */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
