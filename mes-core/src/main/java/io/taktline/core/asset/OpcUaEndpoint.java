package io.taktline.core.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;

/** An OPC UA server that tags are read from: a line PLC, a SCADA gateway or the simulator. */
@Entity
@Table(name = "opcua_endpoint")
public class OpcUaEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false)
    private boolean enabled = true;

    @jakarta.persistence.Embedded
    private EndpointSecurity security = EndpointSecurity.strongestAnonymous();

    protected OpcUaEndpoint() {}

    public OpcUaEndpoint(String name, String url) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("OPC UA endpoint has no name; give each endpoint a unique name");
        }
        this.name = name.strip();
        this.url = checkUrl(url, this.name);
    }

    /** Points the endpoint at another server address, e.g. the in-process simulator's actual port. */
    public void moveTo(String url) {
        this.url = checkUrl(url, name);
    }

    public void secure(EndpointSecurity security) {
        this.security = security == null ? EndpointSecurity.strongestAnonymous() : security;
    }

    public EndpointSecurity security() {
        return security == null ? EndpointSecurity.strongestAnonymous() : security;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    private static String checkUrl(String url, String name) {
        try {
            URI uri = URI.create(url == null ? "" : url.strip());
            if (!"opc.tcp".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("no opc.tcp scheme or host");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("OPC UA endpoint '" + name + "' has URL '" + url
                    + "' that is not an OPC UA address; write it as opc.tcp://host:port[/path]");
        }
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public boolean enabled() {
        return enabled;
    }
}
