package io.taktline.core.oee;

import io.taktline.core.state.TimeElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a unit's time went, from the whole period down to the time that made good parts: each
 * loss taken off in turn (planned down, changeover, unplanned down, waiting, no data, speed,
 * quality), in seconds and in cars at the unit's ideal cycle time. The last step, good output, is
 * OEE × planned busy time: the waterfall is the OEE formula drawn (KPIS.md, "Why is this OEE?").
 * A roll-up's times are the sums over its stations; the waterfall shows them per station (the sum
 * divided by how many), so that a line's period is the period and its cars are cars through it.
 *
 * @param steps in order; a loss step is negative, a subtotal ({@link Step#subtotal}) what remains
 * @param idealCycleSeconds the ideal run time per part (Σ PQᵢ × PRIᵢ ÷ PQ for a roll-up), null when
 *     unknown: then there are no cars and the waterfall stops at actual production time
 */
public record LossWaterfall(List<Step> steps, Double idealCycleSeconds) {

    /** What a step is. */
    public enum Kind {
        PERIOD,
        PLANNED_DOWN,
        PLANNED_BUSY,
        CHANGEOVER,
        UNPLANNED_DOWN,
        WAITING,
        NO_DATA,
        ACTUAL_PRODUCTION,
        SPEED_LOSS,
        NET_RUN,
        QUALITY_LOSS,
        GOOD_OUTPUT
    }

    /**
     * @param seconds a loss as a negative number, a subtotal as what remains
     * @param cars the same at the ideal cycle time, null when that is unknown
     */
    public record Step(Kind kind, double seconds, Double cars, boolean subtotal) {}

    public LossWaterfall {
        steps = List.copyOf(steps);
    }

    /** The waterfall of a KPI report (one unit or a roll-up). */
    public static LossWaterfall of(AssetKpis.Report report) {
        var elements = report.secondsByElement();
        double members = Math.max(1, report.members());
        double planned = elements.getOrDefault(TimeElement.PLANNED_DOWN, 0.0) / members;
        double setup = elements.getOrDefault(TimeElement.ACTUAL_SETUP, 0.0) / members;
        double down = elements.getOrDefault(TimeElement.ACTUAL_DOWN, 0.0) / members;
        double delay = elements.getOrDefault(TimeElement.ACTUAL_DELAY, 0.0) / members;
        double production = elements.getOrDefault(TimeElement.ACTUAL_PRODUCTION, 0.0) / members;
        double unknown = elements.getOrDefault(TimeElement.UNKNOWN, 0.0) / members;
        Kpis kpis = report.kpis();
        Double idealRun = kpis.effectiveness() == null ? null : kpis.effectiveness() * production;
        Double cycle = idealRun == null || report.produced() == 0 ? null : idealRun * members / report.produced();

        List<Step> steps = new ArrayList<>();
        Steps add = new Steps(steps, cycle);
        add.subtotal(Kind.PERIOD, setup + down + delay + unknown + production + planned);
        add.loss(Kind.PLANNED_DOWN, planned);
        add.subtotal(Kind.PLANNED_BUSY, setup + down + delay + unknown + production);
        add.loss(Kind.CHANGEOVER, setup);
        add.loss(Kind.UNPLANNED_DOWN, down);
        add.loss(Kind.WAITING, delay);
        add.loss(Kind.NO_DATA, unknown);
        add.subtotal(Kind.ACTUAL_PRODUCTION, production);
        if (idealRun != null) {
            double quality = kpis.qualityRatio() == null ? 1 : kpis.qualityRatio();
            add.loss(Kind.SPEED_LOSS, production - idealRun);
            add.subtotal(Kind.NET_RUN, idealRun);
            add.loss(Kind.QUALITY_LOSS, idealRun * (1 - quality));
            add.subtotal(Kind.GOOD_OUTPUT, idealRun * quality);
        }
        return new LossWaterfall(steps, cycle);
    }

    /** The step of a kind, if the waterfall has it. */
    public Optional<Step> step(Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }

    private record Steps(List<Step> into, Double cycle) {

        void subtotal(Kind kind, double seconds) {
            into.add(new Step(kind, seconds, cars(seconds), true));
        }

        void loss(Kind kind, double seconds) {
            into.add(new Step(kind, -seconds, cars(-seconds), false));
        }

        private Double cars(double seconds) {
            return cycle == null || cycle <= 0 ? null : seconds / cycle;
        }
    }
}
