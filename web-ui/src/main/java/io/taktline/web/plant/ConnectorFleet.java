package io.taktline.web.plant;

import io.taktline.connect.ConnectorStatus;
import io.taktline.connect.EndpointSettings;
import io.taktline.connect.NodeRef;
import io.taktline.connect.OpcUaConnector;
import io.taktline.connect.SampleSink;
import io.taktline.connect.TagBinding;
import io.taktline.core.asset.TagView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One OPC UA connector per endpoint, kept in step with the asset model: when the tags of an
 * endpoint change, that endpoint's connector is replaced, and the others keep running untouched.
 */
final class ConnectorFleet implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConnectorFleet.class.getName());

    private record Running(OpcUaConnector connector, String url, List<TagBinding> bindings) {}

    private final SampleSink sink;
    private final Map<String, Running> running = new LinkedHashMap<>();

    ConnectorFleet(SampleSink sink) {
        this.sink = sink;
    }

    /** Brings the connectors in line with {@code tags}: starts, replaces and stops what differs. */
    synchronized void follow(List<TagView> tags) {
        Map<String, List<TagView>> byEndpoint = new LinkedHashMap<>();
        for (TagView tag : tags) {
            if (tag.enabled()) {
                byEndpoint
                        .computeIfAbsent(tag.endpoint(), name -> new ArrayList<>())
                        .add(tag);
            }
        }
        for (String gone : new ArrayList<>(running.keySet())) {
            if (!byEndpoint.containsKey(gone)) {
                running.remove(gone).connector().close();
                LOG.info("Stopped the OPC UA connector of endpoint '" + gone + "': it has no enabled tags left");
            }
        }
        Map<String, Running> next = new HashMap<>();
        byEndpoint.forEach((name, bound) -> {
            String url = bound.get(0).endpointUrl();
            List<TagBinding> bindings =
                    bound.stream().map(ConnectorFleet::binding).toList();
            Running current = running.get(name);
            if (current != null
                    && current.url().equals(url)
                    && current.bindings().equals(bindings)) {
                return;
            }
            if (current != null) {
                current.connector().close();
            }
            OpcUaConnector connector = new OpcUaConnector(new EndpointSettings(name, url), bindings, sink);
            next.put(name, new Running(connector, url, bindings));
            connector.start();
            LOG.info((current == null ? "Started" : "Restarted") + " the OPC UA connector of endpoint '" + name
                    + "' at " + url + " for " + bindings.size() + " tags");
        });
        running.putAll(next);
    }

    private static TagBinding binding(TagView tag) {
        return new TagBinding(
                tag.id(), new NodeRef(tag.node().namespaceUri(), tag.node().identifier()), tag.samplingIntervalMs());
    }

    synchronized List<ConnectorStatus> status() {
        return running.values().stream().map(r -> r.connector().status()).toList();
    }

    /** What the connectors report for tags they cannot read, by tag id. */
    synchronized Map<Long, String> tagFailures() {
        Map<Long, String> failures = new HashMap<>();
        running.values().forEach(r -> failures.putAll(r.connector().status().tagFailures()));
        return failures;
    }

    @Override
    public synchronized void close() {
        running.values().forEach(r -> r.connector().close());
        running.clear();
    }
}
