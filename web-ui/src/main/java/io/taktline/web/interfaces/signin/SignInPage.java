package io.taktline.web.interfaces.signin;

import io.taktline.core.access.SignIn;
import io.taktline.web.interfaces.page.Messages;
import io.taktline.web.interfaces.security.Page;
import io.taktline.web.interfaces.security.TaktlineAuthentication;
import io.taktline.web.plant.PlantDatabase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** The sign-in form: hands the user name and password to {@link TaktlineAuthentication}. */
@Named("signIn")
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    PlantDatabase database;

    private String username;
    private String password;
    private String next;

    /** Why the database cannot be reached now, or empty: no sign-in can be checked meanwhile. */
    public String getDatabaseProblem() {
        return database.problem().orElse("");
    }

    public String submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password == null ? "" : password)));
        password = null;
        Object result = request.getAttribute(TaktlineAuthentication.SIGN_IN_RESULT);
        if (status == AuthenticationStatus.SUCCESS && result instanceof SignIn.Accepted accepted) {
            String target = accepted.identity().mustChangePassword() ? Page.PASSWORD.path() : safeNext();
            external.redirect(external.getRequestContextPath() + target);
            faces.responseComplete();
            return null;
        }
        if (result instanceof SignIn.Locked locked) {
            Messages.show(
                    faces,
                    FacesMessage.SEVERITY_ERROR,
                    "signIn.locked",
                    Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds()));
        } else if (result instanceof SignIn.Refused) {
            Messages.show(faces, FacesMessage.SEVERITY_ERROR, "signIn.refused");
        } else {
            Messages.show(faces, FacesMessage.SEVERITY_ERROR, "signIn.unavailable");
        }
        return null;
    }

    /** Where to go after signing in: a page of this application only, never another site. */
    private String safeNext() {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || Page.at(next.split("\\?")[0]).isEmpty()) {
            return Page.BOARD.path();
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
