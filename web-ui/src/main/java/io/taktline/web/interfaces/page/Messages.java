package io.taktline.web.interfaces.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** A message of the page's bundle, in the reader's language, shown by the page's p:messages. */
public final class Messages {

    private Messages() {}

    public static void show(FacesContext faces, FacesMessage.Severity severity, String key, Object... values) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "io.taktline.web.messages", faces.getViewRoot().getLocale());
        String text = MessageFormat.format(bundle.getString(key), values);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
