package io.taktline.core.oee;

import java.util.Map;

/**
 * What a unit made in a period: produced quantity (PQ), good quantity (GQ), scrap (SQ), rework
 * (RQ), and of the inspected parts (IP) those good at the first pass (first pass good, FPG).
 */
public record ProductionCounts(long produced, long good, long scrap, long rework, long inspected, long firstPassGood) {

    public ProductionCounts {
        if (produced < 0 || good < 0 || scrap < 0 || rework < 0 || inspected < 0 || firstPassGood < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + this);
        }
        if (good > produced) {
            throw new IllegalArgumentException("good quantity " + good + " exceeds produced quantity " + produced);
        }
    }

    /** Counts of a unit that only reports made and scrapped parts: the rest is good, all inspected. */
    public static ProductionCounts of(long produced, long scrap) {
        long good = Math.max(0, produced - scrap);
        return new ProductionCounts(produced, good, scrap, 0, produced, good);
    }

    /**
     * Counts from a unit's counters: produced from its part counter; good and scrap from its good
     * and scrap counters when it has them (else good is what was not scrapped); what was made but
     * counted neither good nor scrap is rework. Every part is taken as inspected, the good ones as
     * good at the first pass. A good count ahead of the part count (the two counters' readings
     * arrive apart) is held at the part count.
     */
    public static ProductionCounts counted(Map<PartKind, Long> counts) {
        long produced = counts.getOrDefault(PartKind.PRODUCED, 0L);
        long scrap = Math.min(produced, counts.getOrDefault(PartKind.SCRAP, 0L));
        Long goodCounted = counts.get(PartKind.GOOD);
        long good = goodCounted == null ? produced - scrap : Math.min(goodCounted, produced - scrap);
        long rework = produced - good - scrap;
        return new ProductionCounts(produced, good, scrap, rework, produced, good);
    }

    public ProductionCounts plus(ProductionCounts other) {
        return new ProductionCounts(
                produced + other.produced,
                good + other.good,
                scrap + other.scrap,
                rework + other.rework,
                inspected + other.inspected,
                firstPassGood + other.firstPassGood);
    }
}
