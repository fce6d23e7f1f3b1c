package io.taktline.connect;

/**
 * Hears of every write a connector attempts, successful or not; the application persists it.
 * Called on a Milo or connector thread once the outcome is known: do not block.
 */
@FunctionalInterface
public interface WriteAudit {

    void written(WriteRecord record);

    /** Logs each write at INFO (failures at WARN) through the connector's logger. */
    WriteAudit LOG = record -> WriteRecord.LOG.accept(record);
}
