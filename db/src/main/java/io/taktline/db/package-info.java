/**
 * The database Taktline runs on: an external PostgreSQL (with TimescaleDB when present) or an embedded
 * PostgreSQL under the data folder, opened with a connection pool, migrated by Flyway, and inspected for
 * what the storage can do ({@link io.taktline.db.StorageCapabilities}).
 */
package io.taktline.db;
