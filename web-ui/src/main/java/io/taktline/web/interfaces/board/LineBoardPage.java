package io.taktline.web.interfaces.board;

import io.taktline.core.andon.AndonCall;
import io.taktline.core.andon.AndonKind;
import io.taktline.core.asset.AssetNotFoundException;
import io.taktline.core.state.EquipmentState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The line's andon board page, {@code line.xhtml?line=<id>} ({@code &screen=big} for the screen
 * above the line: no chrome, larger type, dark): rendered with the board as it is now, then kept
 * current by the line's event stream (see {@link BoardScreens}).
 */
@Named
@RequestScoped
public class LineBoardPage {

    /** The keys of the bundle the page's script needs, rendered into the page in the reader's language. */
    private static final List<String> SCRIPT_LABELS = List.of(
            "line.noStops",
            "line.reconnecting",
            "line.problem.NO_SHIFT",
            "line.problem.NO_PLAN",
            "line.problem.NO_COUNTER",
            "line.problem.DATABASE",
            "line.crew",
            "line.overtime",
            "line.noReason");

    @Inject
    LineBoards boards;

    @Inject
    FacesContext faces;

    private Optional<LineBoardSnapshot> board;
    private String refusal;

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    /** The board, or empty when the {@code line} parameter names no line (see {@link #getRefusal}). */
    public Optional<LineBoardSnapshot> board() {
        if (board == null) {
            board = Optional.empty();
            String line = request().getParameter("line");
            long id;
            try {
                id = Long.parseLong(line == null ? "" : line.strip());
            } catch (NumberFormatException e) {
                refusal = "line.refused.notANumber";
                return board;
            }
            try {
                board = boards.snapshot(id);
                if (board.isEmpty()) {
                    refusal = "line.refused.notALine";
                }
            } catch (AssetNotFoundException e) {
                refusal = "line.refused.unknown";
            }
        }
        return board;
    }

    public LineBoardSnapshot getBoard() {
        return board().orElse(null);
    }

    /** The bundle key of why the page shows no board, or null. */
    public String getRefusal() {
        board();
        return refusal;
    }

    /** The {@code line} parameter as given, for the refusal's text (the page escapes it). */
    public String getAsked() {
        String line = request().getParameter("line");
        return line == null ? "" : line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    public boolean isBig() {
        return "big".equals(request().getParameter("screen"));
    }

    public String getEvents() {
        return request().getContextPath() + "/api/v1/lines/" + getBoard().lineId() + "/board/events";
    }

    /** The labels the script puts on tiles and lists: every state's name, the problems, the empty list. */
    public List<String> getLabelKeys() {
        List<String> keys = new ArrayList<>(SCRIPT_LABELS);
        Arrays.stream(EquipmentState.values()).forEach(s -> keys.add("state." + s.name()));
        Arrays.stream(AndonKind.values()).forEach(k -> keys.add("andon.kind." + k.name()));
        Arrays.stream(AndonCall.State.values()).forEach(k -> keys.add("andon.state." + k.name()));
        return keys;
    }

    /** The link to this board in the other language. */
    public String languageLink(String lang) {
        return "line.xhtml?line=" + getBoard().lineId() + (isBig() ? "&screen=big" : "") + "&lang=" + lang;
    }
}
