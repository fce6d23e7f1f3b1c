package io.taktline.core.oee;

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
