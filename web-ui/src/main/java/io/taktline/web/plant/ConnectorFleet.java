package io.taktline.web.plant;

import io.taktline.connect.CertificateStore;
import io.taktline.connect.ConnectorStatus;
import io.taktline.connect.EndpointSettings;
import io.taktline.connect.Identity;
import io.taktline.connect.NodeRef;
import io.taktline.connect.OpcUaConnector;
import io.taktline.connect.SampleSink;
import io.taktline.connect.TagBinding;
import io.taktline.connect.WriteAudit;
import io.taktline.core.asset.EndpointSecurity;
import io.taktline.core.asset.EndpointView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * One OPC UA connector per endpoint, kept in step with the asset model: when only the tags of an
 * endpoint change, its connector is re-bound without reconnecting; when its address or security
 * changes, it is replaced; the other endpoints' connectors are not touched.
 */
final class ConnectorFleet implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ConnectorFleet.class.getName());

    private record Running(OpcUaConnector connector, EndpointSettings settings, List<TagBinding> bindings) {}

    private final SampleSink sink;
    private final CertificateStore certificates;
    private final WriteAudit audit;
    private final Function<String, Optional<String>> secrets;
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    ConnectorFleet(
            SampleSink sink,
            CertificateStore certificates,
            WriteAudit audit,
            Function<String, Optional<String>> secrets) {
        this.sink = sink;
        this.certificates = certificates;
        this.audit = audit;
        this.secrets = secrets;
    }

    /** Brings the connectors in line with the model: starts, re-binds, replaces and stops what differs. */
    synchronized void follow(List<TagView> tags, List<EndpointView> endpoints) {
        Map<String, EndpointView> endpointByName = new HashMap<>();
        endpoints.forEach(e -> endpointByName.put(e.name(), e));
        Map<String, List<TagView>> byEndpoint = new LinkedHashMap<>();
        for (TagView tag : tags) {
            EndpointView endpoint = endpointByName.get(tag.endpoint());
            if (tag.enabled() && endpoint != null && endpoint.enabled()) {
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
        problems.keySet().retainAll(byEndpoint.keySet());
        byEndpoint.forEach((name, bound) -> follow(endpointByName.get(name), bound));
    }

    private void follow(EndpointView endpoint, List<TagView> tags) {
        List<TagBinding> bindings = tags.stream().map(ConnectorFleet::binding).toList();
        EndpointSettings settings;
        try {
            settings = settings(endpoint);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().equals(problems.put(endpoint.name(), e.getMessage()))) {
                LOG.severe(e.getMessage());
            }
            Optional.ofNullable(running.remove(endpoint.name()))
                    .ifPresent(r -> r.connector().close());
            return;
        }
        problems.remove(endpoint.name());
        Running current = running.get(endpoint.name());
        if (current != null && current.settings().equals(settings)) {
            if (!current.bindings().equals(bindings)) {
                current.connector().rebind(bindings);
                running.put(endpoint.name(), new Running(current.connector(), settings, bindings));
                LOG.info("Re-bound the OPC UA connector of endpoint '" + endpoint.name() + "' to " + bindings.size()
                        + " tags without reconnecting");
            }
            return;
        }
        if (current != null) {
            current.connector().close();
        }
        OpcUaConnector connector = new OpcUaConnector(settings, bindings, sink, certificates, audit);
        running.put(endpoint.name(), new Running(connector, settings, bindings));
        connector.start();
        LOG.info((current == null ? "Started" : "Restarted") + " the OPC UA connector of endpoint '" + endpoint.name()
                + "' at " + settings.url() + " for " + bindings.size() + " tags");
    }

    /** The connector settings of an endpoint, with its password read from the setting the model names. */
    private EndpointSettings settings(EndpointView endpoint) {
        EndpointSecurity security = endpoint.security();
        Identity identity =
                switch (security.login()) {
                    case ANONYMOUS -> Identity.anonymous();
                    case USER_NAME -> Identity.userName(security.userName(), secret(endpoint, security));
                    case X509 -> Identity.x509(Path.of(security.certificateFile()), secret(endpoint, security));
                };
        return new EndpointSettings(
                endpoint.name(),
                endpoint.url(),
                security.policy() == null
                        ? null
                        : EndpointSettings.SecurityPolicy.valueOf(
                                security.policy().name()),
                security.mode() == null
                        ? null
                        : EndpointSettings.SecurityMode.valueOf(security.mode().name()),
                identity,
                security.maxItemsPerSubscription());
    }

    private String secret(EndpointView endpoint, EndpointSecurity security) {
        return secrets.apply(security.passwordKey())
                .orElseThrow(() -> new IllegalArgumentException("OPC UA endpoint '" + endpoint.name() + "' logs in with"
                        + " the password in setting '" + security.passwordKey() + "', which is not set; set it as an"
                        + " environment variable or system property, then change the endpoint or restart"));
    }

    /**
     * The server-side queue of a tag whose every change is an event to the MES (a state, a counter, a
     * fault code): a server that reports by exception keeps this many changes between two publishes,
     * so a burst of state changes is not reduced to its last one. Process values keep the latest only.
     */
    static final int EVENT_QUEUE_SIZE = 100;

    private static final Set<TagRole> EVENT_ROLES = EnumSet.of(
            TagRole.STATE,
            TagRole.MACHINERY_ITEM_STATE,
            TagRole.OPERATION_MODE,
            TagRole.PART_COUNTER,
            TagRole.GOOD_COUNTER,
            TagRole.SCRAP_COUNTER,
            TagRole.FAULT_CODE,
            TagRole.ANDON);

    static TagBinding binding(TagView tag) {
        TagBinding binding = new TagBinding(
                tag.id(), new NodeRef(tag.node().namespaceUri(), tag.node().identifier()), tag.samplingIntervalMs());
        return EVENT_ROLES.contains(tag.role()) ? binding.withQueueSize(EVENT_QUEUE_SIZE) : binding;
    }

    synchronized Optional<OpcUaConnector> connector(String endpointName) {
        return Optional.ofNullable(running.get(endpointName)).map(Running::connector);
    }

    synchronized List<ConnectorStatus> status() {
        return running.values().stream().map(r -> r.connector().status()).toList();
    }

    /** Endpoints that have tags but no connector, with the reason (e.g. a password setting that is not set). */
    synchronized Map<String, String> problems() {
        return Map.copyOf(problems);
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
