package io.taktline.web.interfaces.board;

import io.taktline.core.access.Identity;
import io.taktline.core.andon.AndonCall;
import io.taktline.core.andon.AndonCallId;
import io.taktline.core.andon.AndonCalls;
import io.taktline.core.andon.AndonException;
import io.taktline.core.andon.AndonKind;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.web.interfaces.page.Messages;
import io.taktline.web.interfaces.page.PageParameters;
import io.taktline.web.interfaces.security.RequestIdentity;
import io.taktline.web.plant.PlantModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operator's andon page on the line's tablet, {@code andon.xhtml?line=<id>}: a button per
 * station and kind raises a call, and each open call can be acknowledged and closed. The line's
 * board shows every change at once.
 */
@Named
@RequestScoped
public class AndonPage {

    @Inject
    AndonCalls andon;

    @Inject
    PlantModel plantModel;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private Optional<AssetView> lineAsset;

    /** An open call as the page lists it. */
    public record OpenCall(long id, String station, AndonKind kind, AndonCall.State state, long minutes, String by) {}

    /**
     * The line of the {@code line} request parameter (in the link, and a hidden field of the form),
     * empty when it names none.
     */
    public Optional<AssetView> line() {
        if (lineAsset == null) {
            ModelSnapshot model = plantModel.snapshot();
            lineAsset = PageParameters.id(
                            (HttpServletRequest) faces.getExternalContext().getRequest(), "line")
                    .flatMap(model::asset)
                    .filter(a -> a.level() == AssetLevel.LINE);
        }
        return lineAsset;
    }

    public AssetView getLineAsset() {
        return line().orElse(null);
    }

    public List<AssetView> getStations() {
        ModelSnapshot model = plantModel.snapshot();
        return line().map(l -> model.childrenOf(l).stream()
                        .filter(a -> a.level() == AssetLevel.WORK_CELL)
                        .sorted(Comparator.comparingInt(AssetView::sortOrder).thenComparing(AssetView::code))
                        .toList())
                .orElse(List.of());
    }

    public List<AndonKind> getKinds() {
        return List.of(AndonKind.values());
    }

    public List<OpenCall> getOpenCalls() {
        Map<Long, String> names =
                getStations().stream().collect(Collectors.toMap(AssetView::id, AssetView::name, (a, b) -> a));
        return andon.open(names.keySet()).stream()
                .map(call -> new OpenCall(
                        call.id().value(),
                        names.get(call.stationId()),
                        call.kind(),
                        call.state(),
                        Duration.between(call.raisedAt(), clock.instant()).toMinutes(),
                        call.acknowledgedBy() != null ? call.acknowledgedBy() : call.raisedBy()))
                .toList();
    }

    public void raise(long station, AndonKind kind) {
        if (getStations().stream().noneMatch(s -> s.id() == station)) {
            Messages.show(faces, FacesMessage.SEVERITY_ERROR, "andon.notOnLine");
            return;
        }
        act(actor -> andon.raise(station, kind, null, actor), "andon.raised", stationName(station));
    }

    public void acknowledge(long call) {
        act(actor -> andon.acknowledge(new AndonCallId(call), actor), "andon.acknowledged");
    }

    public void close(long call) {
        act(actor -> andon.close(new AndonCallId(call), actor), "andon.closed");
    }

    private String stationName(long station) {
        return getStations().stream()
                .filter(s -> s.id() == station)
                .map(AssetView::name)
                .findFirst()
                .orElse("");
    }

    /** Does one step as the signed-in operator and says, in the reader's language, how it went. */
    private void act(Function<String, AndonCall> step, String done, Object... values) {
        String actor = RequestIdentity.of(
                        (HttpServletRequest) faces.getExternalContext().getRequest())
                .map(Identity::name)
                .orElseThrow(() -> new IllegalStateException("the andon page is served to signed-in operators only"));
        try {
            AndonCall call = step.apply(actor);
            Object[] shown =
                    values.length > 0 ? values : new Object[] {call.id().value()};
            Messages.show(faces, FacesMessage.SEVERITY_INFO, done, shown);
        } catch (AndonException e) {
            Messages.show(
                    faces,
                    FacesMessage.SEVERITY_WARN,
                    "andon.refused." + e.kind().name(),
                    e.getMessage());
        }
    }
}
