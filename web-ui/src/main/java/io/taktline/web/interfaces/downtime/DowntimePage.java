package io.taktline.web.interfaces.downtime;

import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.downtime.AutomaticReason;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.ReasonTree;
import io.taktline.core.downtime.StopId;
import io.taktline.core.downtime.StopNotFoundException;
import io.taktline.core.downtime.StoredStop;
import io.taktline.web.interfaces.page.PageParameters;
import io.taktline.web.interfaces.security.RequestIdentity;
import io.taktline.web.plant.PlantConfiguration;
import io.taktline.web.plant.PlantModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's downtime page, {@code downtime.xhtml}: the stops of a part of the plant
 * ({@code asset}, default the whole plant) in the last hours ({@code hours}: 8, 24 or 168), those
 * awaiting a reason by default ({@code view=all} for every stop, micro-stops grouped per station).
 * A stop chosen ({@code stop}) opens the picker: the station's most frequent reasons first, then
 * the tree by category; a comment; a split time. Stops ticked in the list are merged. A VIEWER
 * reads it all; changes ({@link DowntimeActions}) need an OPERATOR.
 */
@Named
@RequestScoped
public class DowntimePage {

    /** The periods the page offers, in hours. */
    static final List<Integer> PERIODS = List.of(8, 24, 168);

    private static final int FREQUENT = 6;
    private static final Duration FREQUENT_SPAN = Duration.ofDays(30);

    @Inject
    Downtime downtime;

    @Inject
    PlantModel plantModel;

    @Inject
    PlantConfiguration configuration;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private ModelSnapshot model;
    private Optional<AssetView> scope;
    private List<StopRows.Stop> stops;
    private Optional<StopRows.Stop> selected;

    HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private ModelSnapshot model() {
        if (model == null) {
            model = plantModel.snapshot();
        }
        return model;
    }

    private Optional<Long> number(String name) {
        return PageParameters.id(request(), name);
    }

    /** The part of the plant the page lists, empty for the whole plant. */
    public Optional<AssetView> scope() {
        if (scope == null) {
            scope = number("asset").flatMap(id -> model().asset(id));
        }
        return scope;
    }

    public AssetView getScopeAsset() {
        return scope().orElse(null);
    }

    /** The listed asset's id, 0 for the whole plant. */
    public long getScopeId() {
        return scope().map(AssetView::id).orElse(0L);
    }

    /** The {@code asset} parameter named no asset of the model (the page says so and lists the plant). */
    public boolean isUnknownScope() {
        String asked = request().getParameter("asset");
        return asked != null && !asked.isBlank() && scope().isEmpty();
    }

    public boolean isAll() {
        return "all".equals(request().getParameter("view"));
    }

    public int getHours() {
        return number("hours").map(Long::intValue).filter(PERIODS::contains).orElse(PERIODS.get(0));
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    ZoneId getZone() {
        return configuration.plantZone();
    }

    /** The stops the page lists, as rows. */
    public List<StopRows.Row> getRows() {
        return StopRows.of(stops());
    }

    private List<StopRows.Stop> stops() {
        if (stops == null) {
            Instant now = clock.instant();
            List<Long> ids = new ArrayList<>();
            scope().ifPresentOrElse(
                            top -> {
                                ids.add(top.id());
                                model().descendants(top).forEach(a -> ids.add(a.id()));
                            },
                            () -> model().assets().forEach(a -> ids.add(a.id())));
            List<StoredStop> found = downtime.stops(ids, now.minus(Duration.ofHours(getHours())), now, !isAll());
            stops = rows(found, now);
        }
        return stops;
    }

    private List<StopRows.Stop> rows(List<StoredStop> found, Instant now) {
        ReasonTree tree = downtime.reasons();
        String micro = tree.automatic(AutomaticReason.MICRO_STOP).code();
        Map<Long, Long> lineOf = new HashMap<>();
        for (StoredStop stop : found) {
            model().asset(stop.assetId())
                    .flatMap(model()::lineOf)
                    .ifPresent(line -> lineOf.put(stop.assetId(), line.id()));
        }
        Map<StopId, String> shifts = found.isEmpty() ? Map.of() : downtime.shiftNames(found, lineOf);
        ZoneId zone = getZone();
        List<StopRows.Stop> rows = new ArrayList<>();
        for (StoredStop stop : found) {
            rows.add(StopRows.stop(stop, model(), micro, shifts.get(stop.id()), now, zone));
        }
        return rows;
    }

    /** The stop chosen for the picker, if the {@code stop} parameter names one. */
    public Optional<StopRows.Stop> selected() {
        if (selected == null) {
            selected = number("stop").flatMap(id -> {
                try {
                    StoredStop stop = downtime.stop(new StopId(id));
                    return rows(List.of(stop), clock.instant()).stream().findFirst();
                } catch (StopNotFoundException | IllegalArgumentException e) {
                    return Optional.empty();
                }
            });
        }
        return selected;
    }

    public StopRows.Stop getSelected() {
        return selected().orElse(null);
    }

    /** The reasons operators gave most often at the chosen stop's asset in the last 30 days. */
    public List<ReasonPicker.Choice> getFrequent() {
        Instant now = clock.instant();
        return selected()
                .map(stop -> downtime.frequentReasons(stop.assetId(), now.minus(FREQUENT_SPAN), now, FREQUENT).stream()
                        .map(ReasonPicker::choice)
                        .toList())
                .orElse(List.of());
    }

    /** The reason tree by category, in the categories' order. */
    public List<ReasonPicker.Section> getSections() {
        return ReasonPicker.sections(downtime.reasons());
    }

    /** The list's parameters, for links and the redirect after a change. */
    public String listParameters() {
        StringBuilder parameters = new StringBuilder();
        scope().ifPresent(a -> parameters.append("&asset=").append(a.id()));
        if (isAll()) {
            parameters.append("&view=all");
        }
        parameters.append("&hours=").append(getHours());
        return parameters.toString();
    }

    /** The link to the list with one parameter changed. */
    public String link(String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        scope().ifPresent(a -> parameters.put("asset", String.valueOf(a.id())));
        if (isAll()) {
            parameters.put("view", "all");
        }
        parameters.put("hours", String.valueOf(getHours()));
        if (value == null || value.isEmpty()) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        StringBuilder link = new StringBuilder("downtime.xhtml");
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            link.append(separator).append(p.getKey()).append('=').append(p.getValue());
            separator = '&';
        }
        return link.toString();
    }

    /** The lines of the plant, for the scope chooser. */
    public List<AssetView> getLines() {
        return model().assets().stream()
                .filter(a -> a.level() == AssetLevel.LINE)
                .sorted((a, b) -> a.path().compareTo(b.path()))
                .toList();
    }

    /** Whether the reader may change stops: an OPERATOR or above (a VIEWER reads them). */
    public boolean isMayChange() {
        return RequestIdentity.of(request())
                .map(i -> i.role().includes(Role.OPERATOR))
                .orElse(false);
    }
}
