package io.taktline.web.interfaces.drill;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.downtime.AutomaticReason;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.StoredStop;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.oee.Kpis;
import io.taktline.core.oee.LossWaterfall;
import io.taktline.core.oee.UnitKpis;
import io.taktline.core.state.TimeElement;
import io.taktline.web.interfaces.downtime.StopRows;
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

    /** A figure as the page shows it: the value in percent, null when not defined. */
    public record Figure(String name, Double value) {

        public String getText() {
            return percent(value);
        }
    }

    /** An asset beneath with its figures; {@code figures} null when it has none (no station with a state). */
    public record Child(AssetView asset, AssetKpis.Report figures) {

        public String percentOf(String kpi) {
            if (figures == null) {
                return "—";
            }
            Kpis k = figures.kpis();
            return percent(
                    switch (kpi) {
                        case "availability" -> k.availability();
                        case "effectiveness" -> k.effectiveness();
                        case "quality" -> k.qualityRatio();
                        default -> k.oee();
                    });
        }
    }

    /** A step of the waterfall with the width of its bar, in percent of the period. */
    public record Bar(LossWaterfall.Step step, double left, double width, String minutes, String cars) {}

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
            } else if (id.strip().matches("[0-9]{1,18}")) {
                asset = model().asset(Long.parseLong(id.strip()));
            } else {
                asset = Optional.empty();
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
        return PERIODS.get(0);
    }

    /** The periods the page offers, in hours. */
    public static final List<Integer> PERIODS = List.of(8, 24, 168);

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    private Instant to() {
        return clock.instant();
    }

    private Instant from() {
        return to().minus(Duration.ofHours(getHours()));
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

    public List<Figure> getFigures() {
        return report().map(r -> List.of(
                        new Figure("availability", r.kpis().availability()),
                        new Figure("effectiveness", r.kpis().effectiveness()),
                        new Figure("quality", r.kpis().qualityRatio()),
                        new Figure("oee", r.kpis().oee())))
                .orElse(List.of());
    }

    // The inputs of the formula, as the page writes them into it.

    /** How many stations (or equipment) the figures sum up; the formula's times are per one of them. */
    public int getMembers() {
        return report().map(AssetKpis.Report::members).orElse(1);
    }

    public String getApt() {
        return hours(element(TimeElement.ACTUAL_PRODUCTION) / Math.max(1, getMembers()));
    }

    public String getPbt() {
        return hours(report().map(AssetKpis.Report::plannedBusySeconds).orElse(0.0) / Math.max(1, getMembers()));
    }

    /** Σ PQᵢ × PRIᵢ, the ideal run time, or null when effectiveness is undefined. */
    public String getIdealRun() {
        return report().map(AssetKpis.Report::kpis)
                .map(Kpis::effectiveness)
                .map(e -> hours(e * element(TimeElement.ACTUAL_PRODUCTION) / Math.max(1, getMembers())))
                .orElse(null);
    }

    public long getProduced() {
        return report().map(r -> r.counts().produced()).orElse(0L);
    }

    public long getGood() {
        return report().map(r -> r.counts().good()).orElse(0L);
    }

    private double element(TimeElement element) {
        return report().map(r -> r.secondsByElement().getOrDefault(element, 0.0))
                .orElse(0.0);
    }

    /** The waterfall's bars, each placed where the one before left off. */
    public List<Bar> getWaterfall() {
        Optional<LossWaterfall> waterfall = report().map(LossWaterfall::of);
        if (waterfall.isEmpty()) {
            return List.of();
        }
        double period = waterfall.get().steps().get(0).seconds();
        List<Bar> bars = new ArrayList<>();
        double level = period;
        for (LossWaterfall.Step step : waterfall.get().steps()) {
            double width = period > 0 ? Math.abs(step.seconds()) / period * 100 : 0;
            double left;
            if (step.subtotal()) {
                level = step.seconds();
                left = 0;
            } else {
                level += step.seconds();
                left = period > 0 ? Math.max(0, level) / period * 100 : 0;
            }
            bars.add(new Bar(
                    step,
                    left,
                    width,
                    number(step.seconds() / 60, 1),
                    step.cars() == null ? "" : number(step.cars(), 0)));
        }
        return bars;
    }

    /** The ideal cycle time the cars are counted at, in seconds, or null. */
    public String getCycle() {
        return report().map(LossWaterfall::of)
                .map(LossWaterfall::idealCycleSeconds)
                .map(s -> String.format(Locale.ROOT, "%.1f", s))
                .orElse(null);
    }

    /** The assets beneath, in the model's order, each with its figures. */
    public List<Child> getChildren() {
        return asset().map(a -> model().childrenOf(a).stream()
                        .sorted(Comparator.comparingInt(AssetView::sortOrder).thenComparing(AssetView::code))
                        .map(child -> new Child(child, figures(child).orElse(null)))
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
        return "asset.xhtml?asset=" + id + "&hours=" + (hours != null && hours != 0 ? hours : getHours());
    }

    /** A number with {@code decimals} places; never "-0". */
    static String number(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value * 100);
    }

    static String hours(double seconds) {
        long total = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total % 3600 / 60, total % 60);
    }
}
