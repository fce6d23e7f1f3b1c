package io.taktline.web.interfaces.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a page is shown in: English or Simplified Chinese. A {@code ?lang=zh-CN} (or
 * {@code en}) link chooses it and a cookie keeps the choice (a kiosk screen's link can carry it);
 * without one, the browser's preferred language decides, and English is the default.
 */
@Named("language")
@RequestScoped
public class Language {

    static final String COOKIE = "TAKTLINE_LANG";
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    FacesContext faces;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = choose();
        }
        return locale;
    }

    /** The language tag of the page ({@code en} or {@code zh-CN}), for the html element. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    private Locale choose() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<Locale> asked =
                Optional.ofNullable(request.getParameter("lang")).flatMap(Language::supported);
        if (asked.isPresent()) {
            Cookie cookie = new Cookie(COOKIE, asked.get().toLanguageTag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            ((HttpServletResponse) external.getResponse()).addCookie(cookie);
            return asked.get();
        }
        Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
        Optional<Locale> kept = Arrays.stream(cookies)
                .filter(c -> c.getName().equals(COOKIE))
                .findFirst()
                .flatMap(c -> supported(c.getValue()));
        if (kept.isPresent()) {
            return kept.get();
        }
        List<Locale> preferred = java.util.Collections.list(request.getLocales());
        for (Locale wanted : preferred) {
            if (wanted.getLanguage().equals("zh")) {
                return CHINESE;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** {@code zh}, {@code zh-CN}, {@code zh-Hans} are Simplified Chinese, {@code en…} English; nothing else. */
    static Optional<Locale> supported(String tag) {
        if (tag == null || tag.length() > 20) {
            return Optional.empty();
        }
        Locale asked = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return switch (asked.getLanguage()) {
            case "zh" -> Optional.of(CHINESE);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }
}
