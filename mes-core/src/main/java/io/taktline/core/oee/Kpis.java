package io.taktline.core.oee;

import io.taktline.core.state.TimeElement;
import io.taktline.core.state.TimeElements;
import java.time.Duration;

/**
 * The ISO 22400-2 KPIs of one unit (equipment, station, line, shop or plant) over one period. A
 * KPI whose denominator is zero is null: "not defined" is not the same as 0 %. Formulas: KPIS.md.
 */
public record Kpis(
        Double availability,
        Double effectiveness,
        Double qualityRatio,
        Double oee,
        Double nee,
        Double technicalEfficiency,
        Double setupRate,
        Double throughputRatePerHour,
        Duration mtbf,
        Duration mttr,
        Double firstPassYield,
        Double scrapRatio,
        Double reworkRatio) {

    /**
     * @param idealCycleTime the planned run time per item (PRI): the fastest the unit is meant to make
     *     one; null when unknown, which leaves effectiveness, OEE and NEE undefined
     * @param failures how many times the unit went down by a fault (FE)
     */
    public static Kpis from(TimeElements time, ProductionCounts counts, Duration idealCycleTime, long failures) {
        return fromIdealRunTime(
                time, counts, idealCycleTime == null ? null : idealCycleTime.multipliedBy(counts.produced()), failures);
    }

    /**
     * For a unit made of several (a line of stations with their own ideal cycle times): the ideal
     * run time is the sum of each one's produced quantity × ideal cycle time.
     */
    public static Kpis fromIdealRunTime(
            TimeElements time, ProductionCounts counts, Duration idealRunTime, long failures) {
        double pbt = seconds(time.plannedBusyTime());
        double apt = seconds(time.get(TimeElement.ACTUAL_PRODUCTION));
        double asut = seconds(time.get(TimeElement.ACTUAL_SETUP));
        double adot = seconds(time.get(TimeElement.ACTUAL_DOWN));
        // Without an ideal cycle time there is no effectiveness, and so no OEE: not 0 %, unknown.
        Double idealRun = idealRunTime == null ? null : seconds(idealRunTime);

        Double availability = ratio(apt, pbt);
        Double effectiveness = idealRun == null ? null : ratio(idealRun, apt);
        Double qualityRatio = ratio(counts.good(), counts.produced());
        return new Kpis(
                availability,
                effectiveness,
                qualityRatio,
                product(availability, effectiveness, qualityRatio),
                product(ratio(apt, pbt - asut), effectiveness, qualityRatio),
                ratio(apt, apt + adot),
                ratio(asut, apt),
                pbt > 0 ? counts.produced() / (pbt / 3600) : null,
                failures > 0 ? Duration.ofMillis(Math.round(apt * 1000 / failures)) : null,
                failures > 0 ? Duration.ofMillis(Math.round(adot * 1000 / failures)) : null,
                ratio(counts.firstPassGood(), counts.inspected()),
                ratio(counts.scrap(), counts.produced()),
                ratio(counts.rework(), counts.produced()));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static Double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : null;
    }

    private static Double product(Double a, Double b, Double c) {
        return a == null || b == null || c == null ? null : a * b * c;
    }
}
