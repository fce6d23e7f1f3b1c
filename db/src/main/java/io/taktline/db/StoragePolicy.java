package io.taktline.db;

import java.time.Duration;

/**
 * How long samples are kept and how they are laid out; applied at every open, so a change takes effect at the
 * next start.
 *
 * @param chunkInterval time range of one TimescaleDB chunk of {@code sample} (new chunks only); the plain
 *     PostgreSQL path always uses daily partitions
 * @param compressAfter TimescaleDB compresses raw chunks older than this (segment by tag, ordered by time)
 * @param rawRetention raw samples older than this are dropped (TimescaleDB retention policy, or whole daily
 *     partitions on plain PostgreSQL); the 1-minute and 1-hour rollups are kept
 */
public record StoragePolicy(Duration chunkInterval, Duration compressAfter, Duration rawRetention) {

    public StoragePolicy {
        requirePositive("chunkInterval", chunkInterval);
        requirePositive("compressAfter", compressAfter);
        requirePositive("rawRetention", rawRetention);
    }

    /** One-day chunks, compression after 7 days, raw data kept 90 days. */
    public static StoragePolicy defaults() {
        return new StoragePolicy(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(90));
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("storage policy " + name + " must be a positive duration, was " + d);
        }
    }

    /** The duration as a PostgreSQL interval literal: "90 days", or "5400 seconds" when not whole days. */
    static String interval(Duration d) {
        long seconds = d.toSeconds();
        return seconds % 86_400 == 0 ? seconds / 86_400 + " days" : seconds + " seconds";
    }
}
