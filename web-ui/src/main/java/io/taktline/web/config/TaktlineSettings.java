package io.taktline.web.config;

import io.taktline.core.downtime.DowntimeSettings;
import io.taktline.db.DatabaseSettings;
import io.taktline.db.StoragePolicy;
import io.taktline.db.historian.HistorianSettings;
import io.taktline.sim.SimulatorSettings;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/** Taktline's configuration, typed: one settings record per component. */
public record TaktlineSettings(
        DatabaseSettings database,
        boolean simulatorEnabled,
        SimulatorSettings simulator,
        boolean demoModel,
        HistorianSettings historian,
        StoragePolicy storage,
        DowntimeSettings downtime,
        ZoneId plantZone) {

    /** Taktline's own folder: embedded database, certificates, spool. */
    public java.nio.file.Path dataDir() {
        return database.dataDir();
    }

    /**
     * Reads every {@link Setting} through {@code lookup} (MicroProfile Config in the application,
     * a map in tests). A value that does not parse fails with the key, the environment variable,
     * the value and what is expected.
     */
    public static TaktlineSettings from(Function<String, Optional<String>> lookup) {
        Values values = new Values(lookup);
        String url = values.text(Setting.DB_URL);
        return new TaktlineSettings(
                new DatabaseSettings(
                        url.isBlank() ? null : url,
                        values.text(Setting.DB_USER),
                        values.text(Setting.DB_PASSWORD),
                        Path.of(values.text(Setting.DATA_DIR)).toAbsolutePath().normalize()),
                values.flag(Setting.SIMULATOR_ENABLED),
                new SimulatorSettings(
                        values.text(Setting.SIMULATOR_HOST),
                        values.integer(Setting.SIMULATOR_PORT, 0, 65535),
                        values.integer(Setting.SIMULATOR_SEED, Integer.MIN_VALUE, Integer.MAX_VALUE),
                        values.decimal(Setting.SIMULATOR_SPEED)),
                values.flag(Setting.DEMO_MODEL),
                new HistorianSettings(
                        values.integer(Setting.HISTORIAN_QUEUE_CAPACITY, 1_000, Integer.MAX_VALUE),
                        values.integer(Setting.HISTORIAN_BATCH_SIZE, 1, 1_000_000),
                        Duration.ofMillis(values.integer(Setting.HISTORIAN_MAX_BATCH_AGE_MS, 1, 60_000)),
                        values.integer(Setting.HISTORIAN_SPOOL_LIMIT_MB, 1, 1_000_000) * 1024L * 1024L),
                new StoragePolicy(
                        Duration.ofHours(values.integer(Setting.STORAGE_CHUNK_INTERVAL_HOURS, 1, 24 * 31)),
                        Duration.ofDays(values.integer(Setting.STORAGE_COMPRESS_AFTER_DAYS, 1, 3650)),
                        Duration.ofDays(values.integer(Setting.STORAGE_RAW_RETENTION_DAYS, 1, 36500))),
                new DowntimeSettings(
                        Duration.ofSeconds(values.integer(Setting.DOWNTIME_MICRO_STOP_SECONDS, 0, 86_400)),
                        Duration.ofSeconds(values.integer(Setting.DOWNTIME_NO_SIGNAL_TIMEOUT_SECONDS, 1, 86_400))),
                values.zone(Setting.PLANT_ZONE));
    }

    private record Values(Function<String, Optional<String>> lookup) {

        String text(Setting setting) {
            return lookup.apply(setting.key()).map(String::strip).orElse(setting.defaultValue());
        }

        boolean flag(Setting setting) {
            String value = text(setting);
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(value);
            }
            throw invalid(setting, value, "true or false");
        }

        int integer(Setting setting, int min, int max) {
            String value = text(setting);
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw invalid(setting, value, "a whole number from " + min + " to " + max);
        }

        ZoneId zone(Setting setting) {
            String value = text(setting);
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw invalid(setting, value, "a time zone such as Asia/Shanghai or UTC");
            }
        }

        double decimal(Setting setting) {
            String value = text(setting);
            try {
                double number = Double.parseDouble(value);
                if (number > 0 && Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid(setting, value, "a positive number");
        }

        private static IllegalArgumentException invalid(Setting setting, String value, String expected) {
            return new IllegalArgumentException("setting " + setting.key() + " (" + setting.environmentVariable()
                    + ") is '" + value + "'; give " + expected + ", or remove it for the default '"
                    + setting.defaultValue() + "'");
        }
    }
}
