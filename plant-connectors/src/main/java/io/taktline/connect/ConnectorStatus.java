package io.taktline.connect;

import java.util.Map;

/**
 * A snapshot of a connector's health.
 *
 * @param cause why the connector is not connected, or null when it is fine
 * @param tagFailures tag id to the reason its node is not monitored or its values are dropped
 * @param samplesDelivered samples handed to the sink since start
 */
public record ConnectorStatus(
        String endpointName,
        String url,
        ConnectionState state,
        String cause,
        Map<Long, String> tagFailures,
        long samplesDelivered) {

    public ConnectorStatus {
        tagFailures = Map.copyOf(tagFailures);
    }
}
