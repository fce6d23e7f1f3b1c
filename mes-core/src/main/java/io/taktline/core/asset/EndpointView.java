package io.taktline.core.asset;

/** A read-only copy of an OPC UA endpoint with its security settings, for the connectors and the API. */
public record EndpointView(long id, String name, String url, boolean enabled, EndpointSecurity security) {

    static EndpointView of(OpcUaEndpoint endpoint) {
        return new EndpointView(
                endpoint.id(), endpoint.name(), endpoint.url(), endpoint.enabled(), endpoint.security());
    }
}
