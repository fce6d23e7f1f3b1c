package io.taktline.web.interfaces.signin;

import io.taktline.core.access.AccessException;
import io.taktline.core.access.Accounts;
import io.taktline.core.access.Identity;
import io.taktline.web.interfaces.page.Messages;
import io.taktline.web.interfaces.security.AccessCache;
import io.taktline.web.interfaces.security.Page;
import io.taktline.web.interfaces.security.RequestIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The password page: the signed-in user changes their own password, first of all after a reset. */
@Named("passwordChange")
@RequestScoped
public class PasswordPage {

    @Inject
    Accounts accounts;

    @Inject
    AccessCache access;

    @Inject
    FacesContext faces;

    private String current;
    private String next;
    private String repeat;

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    public boolean isMustChange() {
        return RequestIdentity.of(request()).map(Identity::mustChangePassword).orElse(false);
    }

    public String submit() throws IOException {
        if (next == null || !next.equals(repeat)) {
            Messages.show(faces, FacesMessage.SEVERITY_ERROR, "password.mismatch");
            return null;
        }
        try {
            Identity changed =
                    accounts.changePassword(RequestIdentity.of(request()).orElseThrow(), current, next);
            RequestIdentity.update(request(), changed);
            access.forget();
        } catch (AccessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        Messages.show(faces, FacesMessage.SEVERITY_INFO, "password.changed");
        external.redirect(external.getRequestContextPath() + Page.BOARD.path());
        faces.responseComplete();
        return null;
    }

    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return null;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return null;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
