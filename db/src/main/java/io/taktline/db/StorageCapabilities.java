package io.taktline.db;

/**
 * What the connected database offers the time-series storage.
 *
 * @param timescaleDb true when {@code sample} is a TimescaleDB hypertable, false for native range partitions
 * @param serverVersion PostgreSQL server version, e.g. "17.11"
 */
public record StorageCapabilities(boolean timescaleDb, String serverVersion) {}
