package io.taktline.web.interfaces.rest;

import io.taktline.connect.CertificateInfo;
import io.taktline.connect.CertificateStore;
import io.taktline.connect.ConnectorStatus;
import io.taktline.core.access.Role;
import io.taktline.core.audit.AuditTrail;
import io.taktline.web.plant.PlantConnectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The OPC UA connectors' state and the trust list of server certificates. */
@RolesAllowed(Role.VIEWER_NAME)
@Path("/connectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorResource {

    @Inject
    PlantConnectors connectors;

    @Inject
    AuditTrail audit;

    @Context
    SecurityContext security;

    public record Certificates(
            CertificateInfo client,
            List<CertificateInfo> trusted,
            List<CertificateInfo> rejected,
            List<CertificateInfo> issuers) {}

    public record Connectors(List<ConnectorStatus> connectors, Map<String, String> notStarted) {}

    @GET
    @Operation(
            summary = "Each endpoint's connector: CONNECTING, CONNECTED, RECONNECTING or FAILED with its cause,"
                    + " security in use, subscriptions, tags that fail, samples delivered")
    public Connectors connectors() {
        return new Connectors(connectors.status(), connectors.problems());
    }

    @GET
    @Path("/certificates")
    @Operation(summary = "Taktline's client certificate and the trust list: trusted, rejected and issuer certificates")
    public Certificates certificates() {
        CertificateStore store = store();
        return new Certificates(store.clientCertificate(), store.trusted(), store.rejected(), store.issuers());
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @PUT
    @Path("/certificates/trusted/{thumbprint}")
    @Operation(summary = "Trust a rejected server certificate; connectors use it at their next attempt, no restart")
    public CertificateInfo trust(@PathParam("thumbprint") String thumbprint) {
        try {
            return audited("CERTIFICATE_TRUSTED", store().trust(thumbprint));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
    }

    @RolesAllowed(Role.ENGINEER_NAME)
    @PUT
    @Path("/certificates/rejected/{thumbprint}")
    @Operation(summary = "Reject a server certificate (move it out of the trusted list)")
    public CertificateInfo reject(@PathParam("thumbprint") String thumbprint) {
        try {
            return audited("CERTIFICATE_REJECTED", store().reject(thumbprint));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
    }

    /** A change of the trust list in the audit trail, with the certificate's subject. */
    private CertificateInfo audited(String action, CertificateInfo certificate) {
        audit.append(
                Actor.of(security),
                action,
                "certificate",
                certificate.thumbprint(),
                null,
                Json.createObjectBuilder()
                        .add("subject", certificate.subject())
                        .build()
                        .toString());
        return certificate;
    }

    private CertificateStore store() {
        return connectors
                .certificates()
                .orElseThrow(() -> ApiProblem.unavailable(
                        "the certificate store is not open: the data folder is not writable (see the log)"));
    }
}
