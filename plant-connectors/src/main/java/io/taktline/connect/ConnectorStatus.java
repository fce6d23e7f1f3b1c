package io.taktline.connect;

import java.util.Map;

/**
 * A snapshot of a connector's health.
 *
 * @param cause why the connector is not connected, or null when it is fine
 * @param tagFailures tag id to the reason its node is not monitored or its values are dropped
 * @param samplesDelivered samples handed to the sink since start
 * @param security the security in use, e.g. {@code Basic256Sha256/SignAndEncrypt}, or null before
 *     the first connection
 * @param subscriptions the number of OPC UA subscriptions currently held
 */
public record ConnectorStatus(
        String endpointName,
        String url,
        ConnectionState state,
        String cause,
        Map<Long, String> tagFailures,
        long samplesDelivered,
        String security,
        int subscriptions) {

    public ConnectorStatus {
        tagFailures = Map.copyOf(tagFailures);
    }

    public ConnectorStatus(
            String endpointName,
            String url,
            ConnectionState state,
            String cause,
            Map<Long, String> tagFailures,
            long samplesDelivered) {
        this(endpointName, url, state, cause, tagFailures, samplesDelivered, null, 0);
    }
}
