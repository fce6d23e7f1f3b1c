package io.taktline.db.historian;

import java.time.Duration;

/** Where a bucketed series is computed from: raw samples, or the 1-minute or 1-hour rollup. */
public enum SeriesSource {
    RAW("sample", "time", Duration.ofSeconds(1)),
    ONE_MINUTE("sample_1m", "bucket", Duration.ofMinutes(1)),
    ONE_HOUR("sample_1h", "bucket", Duration.ofHours(1));

    final String table;
    final String timeColumn;
    /** Bucket widths from this source are whole multiples of this. */
    final Duration grain;

    SeriesSource(String table, String timeColumn, Duration grain) {
        this.table = table;
        this.timeColumn = timeColumn;
        this.grain = grain;
    }

    /** The coarsest source whose grain fits {@code wanted}, and the width rounded up to whole grains. */
    static SeriesSource forWidth(Duration wanted) {
        if (wanted.compareTo(ONE_HOUR.grain) >= 0) {
            return ONE_HOUR;
        }
        if (wanted.compareTo(ONE_MINUTE.grain) >= 0) {
            return ONE_MINUTE;
        }
        return RAW;
    }

    Duration roundUp(Duration wanted) {
        long grains = Math.max(1, (wanted.toNanos() + grain.toNanos() - 1) / grain.toNanos());
        return grain.multipliedBy(grains);
    }
}
