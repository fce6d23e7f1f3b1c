package io.taktline.web.interfaces.engineering;

import io.taktline.connect.CertificateInfo;
import io.taktline.connect.CertificateStore;
import io.taktline.connect.ConnectorStatus;
import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.core.audit.AuditTrail;
import io.taktline.core.storage.StorageException;
import io.taktline.web.interfaces.downtime.StopRows;
import io.taktline.web.interfaces.page.Messages;
import io.taktline.web.interfaces.security.RequestIdentity;
import io.taktline.web.plant.PlantConfiguration;
import io.taktline.web.plant.PlantConnectors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engineers' connectors page, {@code connectors.xhtml}: each OPC UA endpoint's connector with
 * its state, cause, security, subscriptions and failing tags; Taktline's client certificate; the
 * server certificates that were rejected (waiting for trust) and those trusted. A VIEWER reads it;
 * trusting or rejecting a certificate needs an ENGINEER and is audited. A trusted certificate is
 * used at the connector's next attempt, without a restart.
 */
@Named
@RequestScoped
public class ConnectorsPage {

    @Inject
    PlantConnectors connectors;

    @Inject
    AuditTrail audit;

    @Inject
    PlantConfiguration configuration;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    public List<ConnectorStatus> getConnectors() {
        return connectors.status();
    }

    /** Endpoints whose connector did not start, with why. */
    public Map<String, String> getNotStarted() {
        return connectors.problems();
    }

    private Optional<CertificateStore> store() {
        return connectors.certificates();
    }

    /** Whether the certificate store is open (it is not when the data folder is not writable). */
    public boolean isStoreOpen() {
        return store().isPresent();
    }

    public CertificateInfo getClient() {
        return store().map(CertificateStore::clientCertificate).orElse(null);
    }

    public List<CertificateInfo> getRejected() {
        return store().map(CertificateStore::rejected).orElse(List.of());
    }

    public List<CertificateInfo> getTrusted() {
        return store().map(CertificateStore::trusted).orElse(List.of());
    }

    public String time(Instant at) {
        return at == null ? "" : StopRows.time(at, clock.instant(), configuration.plantZone());
    }

    public boolean isMayChange() {
        return identity().map(i -> i.role().includes(Role.ENGINEER)).orElse(false);
    }

    private Optional<Identity> identity() {
        return RequestIdentity.of(
                (HttpServletRequest) faces.getExternalContext().getRequest());
    }

    public void trust(String thumbprint) {
        change(thumbprint, true);
    }

    public void reject(String thumbprint) {
        change(thumbprint, false);
    }

    private void change(String thumbprint, boolean trust) {
        Optional<CertificateStore> store = store();
        if (!isMayChange() || store.isEmpty()) {
            Messages.show(
                    faces,
                    FacesMessage.SEVERITY_WARN,
                    store.isEmpty() ? "connectors.noStore" : "connectors.needsEngineer");
            return;
        }
        CertificateInfo changed;
        try {
            changed = trust ? store.get().trust(thumbprint) : store.get().reject(thumbprint);
        } catch (IllegalArgumentException e) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "connectors.gone");
            return;
        }
        try {
            audit.append(
                    identity().map(Identity::name).orElseThrow(),
                    trust ? "CERTIFICATE_TRUSTED" : "CERTIFICATE_REJECTED",
                    "certificate",
                    changed.thumbprint(),
                    null,
                    Json.createObjectBuilder()
                            .add("subject", changed.subject())
                            .build()
                            .toString());
        } catch (StorageException e) {
            // The trust list changed on disk; only its audit entry could not be written: say so.
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "connectors.notAudited");
        }
        Messages.show(
                faces,
                FacesMessage.SEVERITY_INFO,
                trust ? "connectors.trusted" : "connectors.rejected.done",
                changed.subject());
    }
}
