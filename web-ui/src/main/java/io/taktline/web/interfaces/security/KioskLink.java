package io.taktline.web.interfaces.security;

import io.taktline.core.access.Identity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A kiosk screen's board link, {@code /kiosk/<secret>}: opened on the shop-floor TV it starts a
 * session with the screen's identity (role BOARD) and shows the board, without a typed password.
 * The session lasts while the link is valid: revoked or expired, the screen is signed out within
 * seconds. {@code ?line=<id>} opens that line's andon board in big-screen mode instead, and
 * {@code lang=zh-CN} (or {@code en}) shows it in that language.
 */
@WebServlet("/kiosk/*")
public class KioskLink extends HttpServlet {

    @Inject
    AccessCache access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String secret =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Identity> screen = access.token(secret).filter(i -> i.kind() == Identity.Kind.SCREEN);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (screen.isEmpty()) {
            response.setStatus(404);
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("This board link is unknown, revoked or expired; ask an admin for a new one.\n"
                            + "此看板链接无效、已撤销或已过期，请向管理员索取新链接。\n");
            return;
        }
        RequestIdentity.startSession(request, screen.get());
        response.sendRedirect(request.getContextPath() + landing(request));
    }

    /** The page the screen shows: only digits pass for a line, only the two languages for lang. */
    static String landing(HttpServletRequest request) {
        String line = request.getParameter("line");
        String lang = request.getParameter("lang");
        String language = "zh-CN".equals(lang) || "en".equals(lang) ? "lang=" + lang : "";
        if (line != null && line.matches("[0-9]{1,18}")) {
            return Page.LINE_BOARD.path() + "?line=" + line + "&screen=big"
                    + (language.isEmpty() ? "" : "&" + language);
        }
        return Page.BOARD.path() + (language.isEmpty() ? "" : "?" + language);
    }
}
