package io.taktline.web.interfaces.drill;

import io.taktline.connect.Sample;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.asset.TagRole;
import io.taktline.core.asset.TagView;
import io.taktline.core.oee.ProductionHistory;
import io.taktline.core.state.StateInterval;
import io.taktline.db.historian.ChartPoint;
import io.taktline.db.historian.SampleQueries;
import io.taktline.web.interfaces.board.Signal;
import io.taktline.web.interfaces.downtime.StopRows;
import io.taktline.web.plant.LiveValues;
import io.taktline.web.plant.PlantConfiguration;
import io.taktline.web.plant.PlantModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a station's (or an equipment's) page shows beside its figures: its live values, a state
 * timeline of it and its equipment over the page's window, and trend charts of its measured values,
 * bucketed by the historian so that a 30-day window reads a few hundred points.
 */
@Named
@RequestScoped
public class StationDetail {

    private static final Logger LOG = Logger.getLogger(StationDetail.class.getName());
    private static final int CHART_POINTS = 400;
    private static final int MAX_TRENDS = 6;

    @Inject
    AssetPage page;

    @Inject
    PlantModel plantModel;

    @Inject
    LiveValues live;

    @Inject
    SampleQueries samples;

    @Inject
    ProductionHistory history;

    @Inject
    PlantConfiguration configuration;

    @Inject
    Clock clock;

    private ModelSnapshot model;

    /** A tag's latest value as the page lists it. */
    public record LiveValue(
            String asset, String tag, TagRole role, String value, String unit, String at, String quality) {}

    /** One state of a timeline row, placed in percent of the window. */
    public record Segment(String state, String signal, double left, double width, String title) {}

    /** A timeline row: an asset and its states. */
    public record Row(String asset, List<Segment> segments) {}

    /** A trend chart: the SVG polyline's points in a 1000 × 200 box, and the value range it spans. */
    public record Trend(String asset, String tag, String unit, String points, String min, String max, int count) {}

    private ModelSnapshot model() {
        if (model == null) {
            model = plantModel.snapshot();
        }
        return model;
    }

    /** Whether the page's asset is a station or an equipment, which have this detail. */
    public boolean isShown() {
        return page.asset()
                .map(a -> a.level() == AssetLevel.WORK_CELL || a.level() == AssetLevel.EQUIPMENT)
                .orElse(false);
    }

    /** The asset and its equipment, the asset first. */
    private List<AssetView> assets() {
        List<AssetView> assets = new ArrayList<>();
        page.asset().ifPresent(a -> {
            assets.add(a);
            assets.addAll(model().descendants(a));
        });
        return assets;
    }

    public List<LiveValue> getLiveValues() {
        ZoneId zone = configuration.plantZone();
        Instant now = clock.instant();
        List<LiveValue> values = new ArrayList<>();
        for (AssetView asset : assets()) {
            for (TagView tag : model().tagsOf(asset)) {
                Optional<Sample> latest = live.latest(tag.id());
                values.add(new LiveValue(
                        asset.name(),
                        tag.name(),
                        tag.role(),
                        latest.map(StationDetail::valueText).orElse("—"),
                        tag.unit(),
                        latest.map(s -> StopRows.time(Instant.ofEpochSecond(0, s.sourceTimeMicros() * 1000), now, zone))
                                .orElse(""),
                        latest.map(s -> s.quality().name()).orElse("")));
            }
        }
        return values;
    }

    private static String valueText(Sample sample) {
        if (sample.isText()) {
            return sample.text();
        }
        double v = sample.value();
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The state timeline of the asset and each of its equipment that has states, over the window. */
    public List<Row> getTimeline() {
        Instant from = page.from();
        Instant to = page.to();
        double span = Duration.between(from, to).toMillis();
        ZoneId zone = configuration.plantZone();
        List<Row> rows = new ArrayList<>();
        for (AssetView asset : assets()) {
            boolean hasState = model().tagsOf(asset).stream()
                    .anyMatch(t -> t.role() == TagRole.STATE || t.role() == TagRole.MACHINERY_ITEM_STATE);
            if (!hasState) {
                continue;
            }
            List<StateInterval> intervals;
            try {
                intervals = history.intervals(asset.id(), from, to, clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "no states for " + asset.path(), e);
                continue;
            }
            List<Segment> segments = new ArrayList<>();
            for (StateInterval interval : intervals) {
                Instant start = interval.start().isBefore(from) ? from : interval.start();
                Instant end = interval.end().isAfter(to) ? to : interval.end();
                if (!end.isAfter(start) || span <= 0) {
                    continue;
                }
                segments.add(new Segment(
                        interval.state().name(),
                        Signal.of(interval.state())
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '-'),
                        Duration.between(from, start).toMillis() / span * 100,
                        Duration.between(start, end).toMillis() / span * 100,
                        StopRows.time(start, to, zone) + "–" + StopRows.time(end, to, zone) + " · "
                                + StopRows.duration(Duration.between(start, end))));
            }
            rows.add(new Row(asset.name(), segments));
        }
        return rows;
    }

    /** Trend charts of the measured values (process values and cycle times) of the asset and its equipment. */
    public List<Trend> getTrends() {
        Instant from = page.from();
        Instant to = page.to();
        List<Trend> trends = new ArrayList<>();
        for (AssetView asset : assets()) {
            for (TagView tag : model().tagsOf(asset)) {
                if (trends.size() >= MAX_TRENDS) {
                    return trends;
                }
                if (tag.role() != TagRole.PROCESS_VALUE && tag.role() != TagRole.CYCLE_TIME) {
                    continue;
                }
                try {
                    trends.add(trend(asset, tag, samples.chart(tag.id(), from, to, CHART_POINTS), from, to));
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "no trend for tag " + tag.name() + " of " + asset.path(), e);
                }
            }
        }
        return trends;
    }

    static Trend trend(AssetView asset, TagView tag, List<ChartPoint> points, Instant from, Instant to) {
        double min = points.stream().mapToDouble(ChartPoint::value).min().orElse(0);
        double max = points.stream().mapToDouble(ChartPoint::value).max().orElse(0);
        double range = max - min == 0 ? 1 : max - min;
        double span = Math.max(1, Duration.between(from, to).toMillis());
        StringBuilder polyline = new StringBuilder();
        for (ChartPoint p : points) {
            double x = Math.max(0, Duration.between(from, p.time()).toMillis()) / span * 1000;
            double y = 195 - (p.value() - min) / range * 190;
            polyline.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new Trend(
                asset.name(),
                tag.name(),
                tag.unit(),
                polyline.toString().strip(),
                String.format(Locale.ROOT, "%.2f", min),
                String.format(Locale.ROOT, "%.2f", max),
                points.size());
    }
}
