package io.taktline.core.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A binding of one property of an asset to one OPC UA node. The node is named by namespace URI
 * and identifier, never by namespace index: servers renumber their namespaces between restarts.
 */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id")
    private Asset asset;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TagRole role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "endpoint_id")
    private OpcUaEndpoint endpoint;

    @Column(name = "namespace_uri", nullable = false)
    private String namespaceUri;

    @Column(name = "node_identifier", nullable = false)
    private String nodeIdentifier;

    @Column(name = "data_type", nullable = false)
    private String dataType;

    private String unit;

    @Column(name = "sampling_interval_ms", nullable = false)
    private int samplingIntervalMs = 1000;

    @Column(nullable = false)
    private double deadband;

    @Column(nullable = false)
    private boolean enabled = true;

    protected Tag() {}

    public Tag(Asset asset, String name, TagRole role, OpcUaEndpoint endpoint, NodeAddress node, String dataType) {
        this.asset = asset;
        this.name = name;
        this.role = role;
        this.endpoint = endpoint;
        this.namespaceUri = node.namespaceUri();
        this.nodeIdentifier = node.identifier();
        this.dataType = dataType;
    }

    /** How often the connector samples the node, and the change below which it reports nothing. */
    public void sampleEvery(int samplingIntervalMs, double deadband) {
        if (samplingIntervalMs <= 0) {
            throw new IllegalArgumentException("tag '" + name + "' of '" + asset.path() + "' has sampling interval "
                    + samplingIntervalMs + " ms; give a positive number of milliseconds");
        }
        if (deadband < 0) {
            throw new IllegalArgumentException(
                    "tag '" + name + "' of '" + asset.path() + "' has negative deadband " + deadband);
        }
        this.samplingIntervalMs = samplingIntervalMs;
        this.deadband = deadband;
    }

    public void measureIn(String unit) {
        this.unit = unit;
    }

    /** Binds the tag to another node, or gives it another meaning; the stored history stays with the tag. */
    public void rebind(TagRole role, OpcUaEndpoint endpoint, NodeAddress node, String dataType) {
        this.role = role;
        this.endpoint = endpoint;
        this.namespaceUri = node.namespaceUri();
        this.nodeIdentifier = node.identifier();
        this.dataType = dataType;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Long id() {
        return id;
    }

    public Asset asset() {
        return asset;
    }

    public String name() {
        return name;
    }

    public TagRole role() {
        return role;
    }

    public OpcUaEndpoint endpoint() {
        return endpoint;
    }

    public NodeAddress node() {
        return new NodeAddress(namespaceUri, nodeIdentifier);
    }

    public String dataType() {
        return dataType;
    }

    public String unit() {
        return unit;
    }

    public int samplingIntervalMs() {
        return samplingIntervalMs;
    }

    public double deadband() {
        return deadband;
    }

    public boolean enabled() {
        return enabled;
    }
}
