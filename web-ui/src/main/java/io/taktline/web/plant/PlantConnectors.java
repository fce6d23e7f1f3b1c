package io.taktline.web.plant;

import io.taktline.connect.CertificateStore;
import io.taktline.connect.ConnectionState;
import io.taktline.connect.ConnectorStatus;
import io.taktline.connect.OpcUaConnector;
import io.taktline.connect.WriteAudit;
import io.taktline.core.audit.AuditTrail;
import io.taktline.web.config.TaktlineSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The OPC UA connectors, one per endpoint of the model, re-bound on every model load; the client
 * certificate and trust list they connect with; and every write to a PLC node audited.
 */
@ApplicationScoped
public class PlantConnectors {

    private static final Logger LOG = Logger.getLogger(PlantConnectors.class.getName());

    @Inject
    TaktlineSettings settings;

    @Inject
    PlantConfiguration configuration;

    @Inject
    SamplePath samples;

    @Inject
    AuditTrail audit;

    @Inject
    PlantScheduler scheduler;

    private ConnectorFleet fleet;
    private CertificateStore certificates;

    private synchronized ConnectorFleet fleet() {
        if (fleet == null) {
            fleet = new ConnectorFleet(samples, openCertificates(), writeAudit(), configuration::named);
        }
        return fleet;
    }

    void follow(@Observes @Priority(ModelLoaded.CONNECTORS) ModelLoaded loaded) {
        fleet().follow(loaded.model().tags(), loaded.model().endpoints());
    }

    /** The client certificate and trust list; without them only unsecured endpoints can be used. */
    private CertificateStore openCertificates() {
        Path folder = settings.dataDir().resolve("certificates");
        try {
            certificates = CertificateStore.open(folder);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "cannot open the OPC UA certificate store in " + folder + " (" + e.getMessage()
                            + "); secured endpoints will fail until the folder is writable",
                    e);
        }
        return certificates;
    }

    /** Every write to a PLC node lands in the audit trail; written off Milo's threads. */
    private WriteAudit writeAudit() {
        return record -> {
            WriteAudit.LOG.written(record);
            scheduler.execute(
                    "audit a write to " + record.node(),
                    () -> audit.append(
                            record.who(),
                            record.success() ? "WRITE" : "WRITE_FAILED",
                            "node",
                            record.endpointName() + " " + record.node(),
                            WriteJson.before(record),
                            WriteJson.of(record)));
        };
    }

    public synchronized List<ConnectorStatus> status() {
        return fleet == null ? List.of() : fleet.status();
    }

    /** The endpoints whose connector is connected now. */
    public Set<String> connectedEndpoints() {
        return status().stream()
                .filter(s -> s.state() == ConnectionState.CONNECTED)
                .map(ConnectorStatus::endpointName)
                .collect(Collectors.toSet());
    }

    /** Endpoints with tags that have no connector, and why (e.g. a password setting that is not set). */
    public synchronized Map<String, String> problems() {
        return fleet == null ? Map.of() : fleet.problems();
    }

    /** What the connectors report for tags they cannot read, by tag id. */
    public synchronized Map<Long, String> tagFailures() {
        return fleet == null ? Map.of() : fleet.tagFailures();
    }

    /** The running connector of an endpoint, for browsing, reading and writing. */
    public synchronized Optional<OpcUaConnector> connector(String endpointName) {
        return fleet == null ? Optional.empty() : fleet.connector(endpointName);
    }

    /** The trust list and client certificate, empty when the folder could not be opened. */
    public synchronized Optional<CertificateStore> certificates() {
        fleet();
        return Optional.ofNullable(certificates);
    }

    @PreDestroy
    synchronized void stop() {
        if (fleet != null) {
            fleet.close();
        }
        if (certificates != null) {
            try {
                certificates.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "while closing the certificate store", e);
            }
        }
    }
}
