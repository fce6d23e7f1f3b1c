package io.taktline.connect;

import java.util.Objects;

/**
 * An OPC UA server to connect to. For now: security policy None and anonymous identity.
 *
 * @param name a short name for logs and status, e.g. {@code simulator}
 * @param url the endpoint URL, e.g. {@code opc.tcp://localhost:4840}
 */
public record EndpointSettings(String name, String url) {

    public EndpointSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("opc.tcp://")) {
            throw new IllegalArgumentException(
                    "endpoint '" + name + "' has URL '" + url + "'; expected 'opc.tcp://<host>:<port>[/path]'");
        }
    }
}
