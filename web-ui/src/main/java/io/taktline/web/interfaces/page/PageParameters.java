package io.taktline.web.interfaces.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The request parameters the pages read ids from: a link's {@code ?line=}, {@code ?asset=}, {@code ?stop=}. */
public final class PageParameters {

    private PageParameters() {}

    /** The parameter as an id (a whole number of up to 18 digits), empty when it is missing or not one. */
    public static Optional<Long> id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.strip()));
    }
}
