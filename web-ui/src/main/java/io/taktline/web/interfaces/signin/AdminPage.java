package io.taktline.web.interfaces.signin;

import io.taktline.core.access.AccessException;
import io.taktline.core.access.AccessToken;
import io.taktline.core.access.Accounts;
import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.core.access.UserAccount;
import io.taktline.core.audit.AuditTrail;
import io.taktline.core.storage.StorageException;
import io.taktline.web.interfaces.downtime.StopRows;
import io.taktline.web.interfaces.page.Messages;
import io.taktline.web.interfaces.security.AccessCache;
import io.taktline.web.interfaces.security.RequestIdentity;
import io.taktline.web.plant.PlantConfiguration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The admin's page, {@code admin.xhtml} (ADMIN): users (add, role, enable or disable, a new
 * temporary password), API tokens and kiosk screen links (issue, shown once, revoke), and the
 * audit trail filtered by who and what. Every change goes through the accounts service, which
 * audits it and refuses what the REST API refuses (a token above the issuer's role, a duplicate
 * user name, a short password).
 */
@Named
@RequestScoped
public class AdminPage {

    private static final int AUDIT_ROWS = 200;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    AccessCache access;

    @Inject
    PlantConfiguration configuration;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private String username;
    private String displayName;
    private Role role = Role.OPERATOR;
    private String password;
    private AccessToken.Kind tokenKind = AccessToken.Kind.API;
    private String tokenName;
    private Role tokenRole = Role.VIEWER;
    private int validDays = 365;
    private Accounts.Issued issued;

    /** An audit entry as the page lists it, its time in the plant's zone. */
    public record AuditRow(
            String at, String actor, String action, String entity, String key, String before, String after) {}

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private Identity admin() {
        return RequestIdentity.of(request())
                .orElseThrow(() -> new IllegalStateException("the admin page is served to signed-in admins only"));
    }

    public List<UserAccount> getUsers() {
        return accounts.users();
    }

    public List<AccessToken> getTokens() {
        return accounts.tokens();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<AccessToken.Kind> getTokenKinds() {
        return List.of(AccessToken.Kind.values());
    }

    /** A time in the plant's zone, with the date when it is not today; empty for none. */
    public String time(Instant at) {
        return at == null ? "" : StopRows.time(at, clock.instant(), configuration.plantZone());
    }

    public void addUser() {
        String added = username;
        if (change(
                () -> accounts.addUser(username, displayName, role, password, admin().name()),
                "admin.userAdded",
                added)) {
            // The form is empty again for the next one.
            username = null;
            displayName = null;
            password = null;
        }
    }

    /** Gives a user the role chosen in its row ({@code role-<id>}). */
    public void changeRole(long userId) {
        String chosen = parameter("role-" + userId);
        Role newRole;
        try {
            newRole = Role.valueOf(chosen == null ? "" : chosen);
        } catch (IllegalArgumentException e) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "admin.noRole");
            return;
        }
        change(() -> accounts.setRole(userId, newRole, admin().name()), "admin.roleSet", newRole);
    }

    public void enable(long userId, boolean enabled) {
        change(
                () -> accounts.setEnabled(userId, enabled, admin().name()),
                enabled ? "admin.enabled" : "admin.disabled");
    }

    /** Gives a user the temporary password typed in its row ({@code password-<id>}); they must change it. */
    public void resetPassword(long userId) {
        String temporary = parameter("password-" + userId);
        change(() -> accounts.resetPassword(userId, temporary, admin().name()), "admin.passwordReset");
    }

    /** Issues a token or a kiosk link; its secret is on this page once and never again. */
    public void issueToken() {
        if (validDays < 1 || validDays > 3650) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "admin.validDays");
            return;
        }
        Role granted = tokenKind == AccessToken.Kind.SCREEN ? Role.BOARD : tokenRole;
        change(
                () -> issued = accounts.issueToken(tokenKind, tokenName, granted, Duration.ofDays(validDays), admin()),
                "admin.tokenIssued",
                tokenName);
    }

    public void revokeToken(long tokenId) {
        change(() -> accounts.revokeToken(tokenId, admin().name()), "admin.tokenRevoked");
    }

    /** Makes a change as the signed-in admin and says how it went, in the reader's language; true when made. */
    private boolean change(Supplier<?> step, String done, Object... values) {
        try {
            step.get();
            access.forget();
            Messages.show(faces, FacesMessage.SEVERITY_INFO, done, values);
            return true;
        } catch (AccessException e) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "admin.refused", e.getMessage());
        } catch (StorageException e) {
            Messages.show(faces, FacesMessage.SEVERITY_ERROR, "page.storageFailed");
        }
        return false;
    }

    /** The secret of the token just issued, shown once. */
    public String getIssuedSecret() {
        return issued == null ? null : issued.secret();
    }

    /** The kiosk link of the screen link just issued, to open on the TV; null for an API token. */
    public String getIssuedLink() {
        if (issued == null || issued.token().kind() != AccessToken.Kind.SCREEN) {
            return null;
        }
        HttpServletRequest request = request();
        String port =
                request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/kiosk/"
                + issued.secret();
    }

    /** The audit trail, newest first, filtered by the {@code actor} and {@code entity} parameters. */
    public List<AuditRow> getAudit() {
        String actor = parameter("actor");
        String entity = parameter("entity");
        return audit.read(new AuditTrail.Filter(actor, entity, null, null, null, AUDIT_ROWS)).stream()
                .map(e -> new AuditRow(time(e.at()), e.actor(), e.action(), e.entity(), e.key(), e.before(), e.after()))
                .toList();
    }

    private String parameter(String name) {
        String value = request().getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public AccessToken.Kind getTokenKind() {
        return tokenKind;
    }

    public void setTokenKind(AccessToken.Kind tokenKind) {
        this.tokenKind = tokenKind;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public Role getTokenRole() {
        return tokenRole;
    }

    public void setTokenRole(Role tokenRole) {
        this.tokenRole = tokenRole;
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int validDays) {
        this.validDays = validDays;
    }
}
