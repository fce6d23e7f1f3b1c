package io.taktline.connect;

import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One write to a node, as audited.
 *
 * @param at when the outcome was known
 * @param who the user or component that asked for the write
 * @param endpointName the endpoint written to
 * @param node the node written
 * @param requested the value as asked for
 * @param dataType the node's data type as the server declared it (e.g. {@code Int16}), or null when
 *     it could not be read
 * @param before the node's value just before the write, in its type's text form, or null when it
 *     could not be read
 * @param written the value as sent, in the node's type's text form, or null when nothing was sent
 * @param status the OPC UA status code name of the outcome, e.g. {@code Good},
 *     {@code Bad_TypeMismatch}, or the local reason (e.g. {@code Bad_NotConnected})
 * @param success true when the server accepted the value
 * @param message for a failure, what was wrong and what to do; null on success
 */
public record WriteRecord(
        Instant at,
        String who,
        String endpointName,
        NodeRef node,
        Object requested,
        String dataType,
        String before,
        String written,
        String status,
        boolean success,
        String message) {

    private static final Logger log = LoggerFactory.getLogger(WriteAudit.class);

    static final Consumer<WriteRecord> LOG = r -> {
        if (r.success()) {
            log.info(
                    "OPC UA write by '{}' to '{}' on endpoint '{}': {} -> {} ({}) -> {}",
                    r.who(),
                    r.node(),
                    r.endpointName(),
                    r.before(),
                    r.written(),
                    r.dataType(),
                    r.status());
        } else {
            log.warn(
                    "OPC UA write by '{}' to '{}' on endpoint '{}' of {} failed: {}",
                    r.who(),
                    r.node(),
                    r.endpointName(),
                    r.requested(),
                    r.message());
        }
    };
}
