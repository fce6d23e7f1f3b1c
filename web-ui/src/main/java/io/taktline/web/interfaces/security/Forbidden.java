package io.taktline.web.interfaces.security;

import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** The 403 page: who is signed in, what the page needs, in the reader's language, and a way on. */
final class Forbidden {

    private Forbidden() {}

    static void write(HttpServletRequest request, HttpServletResponse response, Identity identity, Role needed)
            throws IOException {
        boolean chinese = request.getLocale().getLanguage().equals(Locale.CHINESE.getLanguage());
        String who = escape(identity.name());
        String title = chinese ? "无权访问" : "Not allowed";
        String text = chinese
                ? who + "（角色 " + identity.role() + "）无权打开此页面，需要角色 " + needed + "。请联系管理员。"
                : who + " (role " + identity.role() + ") may not open this page; it needs the role " + needed
                        + ". Ask an admin.";
        String board = chinese ? "返回看板" : "Back to the board";
        response.setStatus(403);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + (chinese ? "zh-CN" : "en") + "\"><head>"
                        + "<meta charset=\"utf-8\"><title>" + title + " · Taktline</title>"
                        + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                        + "/resources/css/board.css\"></head>"
                        + "<body><main class=\"notice\" id=\"forbidden\"><h1>" + title + "</h1><p>" + text + "</p>"
                        + "<p><a href=\"" + request.getContextPath() + "/index.xhtml\">" + board
                        + "</a></p></main></body></html>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
