package io.taktline.web.interfaces.drill;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.downtime.AutomaticReason;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.StoredStop;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.oee.LossWaterfall;
import io.taktline.core.oee.UnitKpis;
import io.taktline.web.interfaces.downtime.StopRows;
import io.taktline.web.interfaces.page.PageParameters;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One asset of the plant with what its figures are made of, {@code asset.xhtml?asset=<id>&hours=}:
 * the path to it (each level a link up), its OEE with the ISO 22400 formula filled with the actual
 * inputs, the loss waterfall from the period to good output in minutes and cars, the assets beneath
 * it with their own figures (a click goes down), and its longest stops (a click opens the stop).
 * Without {@code asset}, the plant.
 */
@Named
@RequestScoped
public class AssetPage {

    private static final Logger LOG = Logger.getLogger(AssetPage.class.getName());
    private static final int LONGEST_STOPS = 10;

    @Inject
    PlantModel plantModel;

    @Inject
    UnitKpis kpis;

    @Inject
    Downtime downtime;

    @Inject
    PlantConfiguration configuration;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private ModelSnapshot model;
    private Optional<AssetView> asset;
    private Optional<AssetKpis.Report> report;
    private String problem;

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private ModelSnapshot model() {
        if (model == null) {
            model = plantModel.snapshot();
        }
        return model;
    }

    /** The asset of the {@code asset} parameter; the plant's first root without one. */
    public Optional<AssetView> asset() {
        if (asset == null) {
            String id = request().getParameter("asset");
            if (id == null || id.isBlank()) {
                asset = model().roots().stream().findFirst();
            } else {
                asset = PageParameters.id(request(), "asset").flatMap(model()::asset);
            }
        }
        return asset;
    }

    public AssetView getAsset() {
        return asset().orElse(null);
    }

    /** The {@code asset} parameter as given, cut to 40 characters, for the refusal (the page escapes it). */
    public String getAsked() {
        String id = request().getParameter("asset");
        return id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }

    public int getHours() {
        String hours = request().getParameter("hours");
        if (hours != null && hours.strip().matches("[0-9]{1,3}")) {
            int h = Integer.parseInt(hours.strip());
            if (PERIODS.contains(h)) {
                return h;
            }
        }
        return 8;
    }

    /** The periods the page offers, in hours. */
    public static final List<Integer> PERIODS = List.of(1, 8, 24, 168, 720);

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    /**
     * The window's end: the {@code end} parameter (epoch seconds, from panning back) when it is in
     * the past, else now.
     */
    Instant to() {
        Instant now = clock.instant();
        String end = request().getParameter("end");
        if (end != null && end.strip().matches("[0-9]{1,12}")) {
            Instant asked = Instant.ofEpochSecond(Long.parseLong(end.strip()));
            if (asked.isBefore(now)) {
                return asked;
            }
        }
        return now;
    }

    Instant from() {
        return to().minus(Duration.ofHours(getHours()));
    }

    /** The window in the plant's time zone, e.g. "12-03 22:00 – 06:00". */
    public String getWindow() {
        ZoneId zone = configuration.plantZone();
        Instant now = clock.instant();
        return StopRows.time(from(), now, zone) + " – " + StopRows.time(to(), now, zone);
    }

    /** Whether the window ends now (it cannot be panned later). */
    public boolean isLive() {
        return !to().isBefore(clock.instant().minusSeconds(1));
    }

    /** The link to the window half a window earlier ({@code direction} -1) or later (+1). */
    public String pan(int direction) {
        Instant end = to().plus(Duration.ofHours(getHours()).dividedBy(2).multipliedBy(direction));
        String link = link(null, null).replaceAll("&end=[0-9]+", "");
        return end.isBefore(clock.instant()) ? link + "&end=" + end.getEpochSecond() : link;
    }

    /** From the top of the plant down to the asset's parent. */
    public List<AssetView> getAncestors() {
        List<AssetView> up = new ArrayList<>();
        Optional<AssetView> at =
                asset().map(AssetView::parentId).flatMap(id -> id == null ? Optional.empty() : model().asset(id));
        while (at.isPresent()) {
            up.add(at.get());
            at = at.get().parentId() == null
                    ? Optional.empty()
                    : model().asset(at.get().parentId());
        }
        Collections.reverse(up);
        return up;
    }

    /** The asset's figures, empty when it has none (see {@link #getProblem}). */
    public Optional<AssetKpis.Report> report() {
        if (report == null) {
            report = asset().flatMap(this::figures);
            if (report.isEmpty() && problem == null) {
                problem = "asset.noFigures";
            }
        }
        return report;
    }

    private Optional<AssetKpis.Report> figures(AssetView of) {
        try {
            return Optional.of(kpis.of(of.id(), from(), to()));
        } catch (IllegalArgumentException e) {
            // No station with a STATE tag beneath it: it has no figures of its own.
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no figures for asset " + of.path(), e);
            problem = "asset.databaseDown";
            return Optional.empty();
        }
    }

    public AssetKpis.Report getReport() {
        return report().orElse(null);
    }

    /** The bundle key of why there are no figures, or null. */
    public String getProblem() {
        report();
        return problem;
    }

    public List<FigureText.Figure> getFigures() {
        return report().map(r -> List.of(
                        new FigureText.Figure("availability", r.kpis().availability()),
                        new FigureText.Figure("effectiveness", r.kpis().effectiveness()),
                        new FigureText.Figure("quality", r.kpis().qualityRatio()),
                        new FigureText.Figure("oee", r.kpis().oee())))
                .orElse(List.of());
    }

    // The inputs of the formula, as the page writes them into it.

    /** The inputs of the formula, as the page writes them into it; null without figures. */
    public FigureText.Formula getFormula() {
        return report().map(FigureText.Formula::of).orElse(null);
    }

    /** The waterfall's bars, each placed where the one before left off. */
    public List<FigureText.Bar> getWaterfall() {
        return report().map(LossWaterfall::of).map(FigureText::bars).orElse(List.of());
    }

    /** The ideal cycle time the cars are counted at, in seconds, or null. */
    public String getCycle() {
        return report().map(LossWaterfall::of)
                .map(LossWaterfall::idealCycleSeconds)
                .map(s -> String.format(Locale.ROOT, "%.1f", s))
                .orElse(null);
    }

    /** The assets beneath, in the model's order, each with its figures. */
    public List<FigureText.Child> getChildren() {
        return asset().map(a -> model().childrenOf(a).stream()
                        .sorted(Comparator.comparingInt(AssetView::sortOrder).thenComparing(AssetView::code))
                        .map(child -> new FigureText.Child(child, figures(child).orElse(null)))
                        .toList())
                .orElse(List.of());
    }

    /** The longest stops of the asset and everything beneath it in the period. */
    public List<StopRows.Stop> getStops() {
        Optional<AssetView> of = asset();
        if (of.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        ids.add(of.get().id());
        model().descendants(of.get()).forEach(a -> ids.add(a.id()));
        Instant now = to();
        ZoneId zone = configuration.plantZone();
        try {
            String micro =
                    downtime.reasons().automatic(AutomaticReason.MICRO_STOP).code();
            return downtime.stops(ids, from(), now, false).stream()
                    .sorted(Comparator.comparing((StoredStop s) -> s.duration(now))
                            .reversed())
                    .limit(LONGEST_STOPS)
                    .map(s -> StopRows.stop(s, model(), micro, null, now, zone))
                    .toList();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "no stops for asset " + of.get().path(), e);
            return List.of();
        }
    }

    /** Whether the asset is a line (its andon board is one click away). */
    public boolean isLine() {
        return asset().map(a -> a.level() == AssetLevel.LINE).orElse(false);
    }

    /** The link to this page for another asset or period (null or 0: this one's). */
    public String link(Long assetId, Integer hours) {
        long id = assetId != null && assetId != 0
                ? assetId
                : asset().map(AssetView::id).orElse(0L);
        String end = isLive() ? "" : "&end=" + to().getEpochSecond();
        return "asset.xhtml?asset=" + id + "&hours=" + (hours != null && hours != 0 ? hours : getHours()) + end;
    }
}
