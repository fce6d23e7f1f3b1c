package io.taktline.web.interfaces.signin;

import io.taktline.core.access.Accounts;
import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.web.interfaces.downtime.AwaitingStops;
import io.taktline.web.interfaces.security.Page;
import io.taktline.web.interfaces.security.RequestIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The header's part about the session: who is signed in, sign out, the admin's link. */
@Named("sessionBar")
@RequestScoped
public class SessionBar {

    private static final Logger LOG = Logger.getLogger(SessionBar.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    @Inject
    AwaitingStops awaitingStops;

    private Integer awaiting;

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    public Optional<Identity> identity() {
        return RequestIdentity.of(request());
    }

    public String getName() {
        return identity().map(Identity::name).orElse("");
    }

    public String getRole() {
        return identity().map(i -> i.role().name()).orElse("");
    }

    public boolean isSignedIn() {
        return identity().isPresent();
    }

    /** Screens have no sign-out button: the TV stays on the board until its link is revoked. */
    public boolean isPerson() {
        return identity().map(i -> i.kind() == Identity.Kind.USER).orElse(false);
    }

    public boolean isAdmin() {
        return identity().map(i -> i.role().includes(Role.ADMIN)).orElse(false);
    }

    /** Operators and above see the count of stops awaiting a reason, and may classify them. */
    public boolean isOperator() {
        return identity()
                .map(i -> i.kind() == Identity.Kind.USER && i.role().includes(Role.OPERATOR))
                .orElse(false);
    }

    /**
     * The plant's stops awaiting a reason, for the header's badge (its page's stream keeps it
     * current); null when it cannot be counted now (the badge is then left out).
     */
    public Integer getAwaiting() {
        if (awaiting == null && isOperator()) {
            try {
                awaiting = awaitingStops.current().awaiting();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "no count of the stops awaiting a reason", e);
            }
        }
        return awaiting;
    }

    public String signOut() throws IOException {
        identity().ifPresent(i -> accounts.signedOut(i, RequestIdentity.from(request())));
        RequestIdentity.endSession(request());
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + Page.SIGN_IN.path());
        faces.responseComplete();
        return null;
    }
}
