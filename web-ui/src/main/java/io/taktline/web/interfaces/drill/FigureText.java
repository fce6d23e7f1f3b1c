package io.taktline.web.interfaces.drill;

import io.taktline.core.asset.AssetView;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.oee.Kpis;
import io.taktline.core.oee.LossWaterfall;
import io.taktline.core.state.TimeElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The asset page's figures as text: percentages, times, the waterfall's bars. */
public final class FigureText {

    private FigureText() {}

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

    /**
     * The inputs of the OEE formula. A roll-up's times are per station (the sums divided by
     * {@code members}), as the waterfall shows them; the counts are all of its parts.
     *
     * @param idealRun Σ PQᵢ × PRIᵢ, null when effectiveness is undefined
     */
    public record Formula(int members, String apt, String pbt, String idealRun, long produced, long good) {

        static Formula of(AssetKpis.Report report) {
            int members = Math.max(1, report.members());
            double apt = report.secondsByElement().getOrDefault(TimeElement.ACTUAL_PRODUCTION, 0.0) / members;
            Double effectiveness = report.kpis().effectiveness();
            return new Formula(
                    members,
                    hours(apt),
                    hours(report.plannedBusySeconds() / members),
                    effectiveness == null ? null : hours(effectiveness * apt),
                    report.counts().produced(),
                    report.counts().good());
        }
    }

    /** The waterfall's bars, each placed where the one before left off. */
    static List<Bar> bars(LossWaterfall waterfall) {
        double period = waterfall.steps().get(0).seconds();
        List<Bar> bars = new ArrayList<>();
        double level = period;
        for (LossWaterfall.Step step : waterfall.steps()) {
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
