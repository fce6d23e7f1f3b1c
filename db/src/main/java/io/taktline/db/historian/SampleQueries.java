package io.taktline.db.historian;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads stored samples back: a tag's raw values over a time range, its bucketed series from the raw table or a
 * rollup (chosen by the width asked for), a downsampled chart line that keeps the peaks, and the latest value
 * of many tags. The same queries run on TimescaleDB and on plain PostgreSQL.
 */
public final class SampleQueries {

    private static final String RANGE = "select tag_id, time, value, quality from sample"
            + " where tag_id = ? and time >= ? and time < ? order by time limit ?";
    // One index probe per tag (the primary key is (tag_id, time)), in one statement for any number of tags.
    private static final String LATEST = "select s.tag_id, s.time, s.value, s.quality"
            + " from unnest(?::bigint[]) as t(id)"
            + " cross join lateral (select tag_id, time, value, quality from sample"
            + " where tag_id = t.id order by time desc limit 1) s";

    private static final String TEXT_RANGE = "select tag_id, time, value, quality from sample_text"
            + " where tag_id = ? and time >= ? and time < ? order by time limit ?";
    private static final String ORIGIN = "timestamptz '2000-01-01 00:00Z'";

    private final DataSource dataSource;

    public SampleQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The samples of one tag with {@code from <= time < to}, oldest first, at most {@code limit}. */
    public List<StoredSample> range(long tagId, Instant from, Instant to, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(RANGE)) {
            ps.setLong(1, tagId);
            ps.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            ps.setInt(4, limit);
            List<StoredSample> samples = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    samples.add(read(rs));
                }
            }
            return samples;
        } catch (SQLException e) {
            throw new SampleQueryException("reading samples of tag " + tagId + " from " + from + " to " + to, e);
        }
    }

    /**
     * The tag's values from {@code from} to {@code to} in at most about {@code maxPoints} equal buckets. The
     * width is the range divided by maxPoints, rounded up to whole seconds, minutes (from {@code sample_1m})
     * or hours (from {@code sample_1h}); buckets are aligned to 2000-01-01T00:00Z, so the first may start
     * before {@code from}. On plain PostgreSQL the rollups lag raw data by up to two minutes.
     */
    public Series series(long tagId, Instant from, Instant to, int maxPoints) {
        if (!to.isAfter(from) || maxPoints < 1) {
            throw new IllegalArgumentException(
                    "a series needs from < to and maxPoints >= 1, got " + from + ", " + to + ", " + maxPoints);
        }
        Duration wanted = Duration.between(from, to).dividedBy(maxPoints);
        SeriesSource source = SeriesSource.forWidth(wanted);
        Duration width = source.roundUp(wanted);
        String t = source.timeColumn;
        String aggregates = source == SeriesSource.RAW
                ? "min(value), max(value), avg(value), (array_agg(value order by time))[1],"
                        + " (array_agg(value order by time desc))[1], count(*)"
                : "min(min), max(max), sum(avg * count) / sum(count), (array_agg(first order by bucket))[1],"
                        + " (array_agg(last order by bucket desc))[1], sum(count)";
        String sql = "select date_bin(?::interval, " + t + ", " + ORIGIN + ") as b, " + aggregates + " from "
                + source.table + " where tag_id = ? and " + t + " >= date_bin(?::interval, ?, " + ORIGIN + ") and "
                + t + " < ? group by b order by b";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            String interval = width.toSeconds() + " seconds";
            ps.setString(1, interval);
            ps.setLong(2, tagId);
            ps.setString(3, interval);
            ps.setObject(4, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(5, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            List<SeriesPoint> points = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.add(new SeriesPoint(
                            rs.getObject(1, OffsetDateTime.class).toInstant(),
                            rs.getDouble(2),
                            rs.getDouble(3),
                            rs.getDouble(4),
                            rs.getDouble(5),
                            rs.getDouble(6),
                            rs.getLong(7)));
                }
            }
            return new Series(tagId, width, source, points);
        } catch (SQLException e) {
            throw new SampleQueryException(
                    "reading the series of tag " + tagId + " from " + from + " to " + to + " from " + source.table, e);
        }
    }

    /**
     * A chart line of at most {@code maxPoints} points that keeps every bucket's minimum and maximum: two
     * points per bucket of {@link #series}, the one that came first (by the bucket's first and last values)
     * at the bucket's start, the other half a bucket later.
     */
    public List<ChartPoint> chart(long tagId, Instant from, Instant to, int maxPoints) {
        Series series = series(tagId, from, to, Math.max(1, maxPoints / 2));
        Duration half = series.bucketWidth().dividedBy(2);
        List<ChartPoint> line = new ArrayList<>(series.points().size() * 2);
        for (SeriesPoint p : series.points()) {
            boolean rising = p.first() <= p.last();
            line.add(new ChartPoint(p.bucket(), rising ? p.min() : p.max()));
            if (p.count() > 1) {
                line.add(new ChartPoint(p.bucket().plus(half), rising ? p.max() : p.min()));
            }
        }
        return line;
    }

    /** The text samples of one tag with {@code from <= time < to}, oldest first, at most {@code limit}. */
    public List<StoredText> textRange(long tagId, Instant from, Instant to, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(TEXT_RANGE)) {
            ps.setLong(1, tagId);
            ps.setObject(2, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(3, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            ps.setInt(4, limit);
            List<StoredText> texts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.add(new StoredText(
                            rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3),
                            rs.getShort(4)));
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new SampleQueryException("reading text samples of tag " + tagId + " from " + from + " to " + to, e);
        }
    }

    /** The last stored sample of each tag that has one; tags without samples are absent from the map. */
    public Map<Long, StoredSample> latest(Collection<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return Map.of();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(LATEST)) {
            Array ids = c.createArrayOf("bigint", tagIds.toArray());
            ps.setArray(1, ids);
            Map<Long, StoredSample> latest = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredSample s = read(rs);
                    latest.put(s.tagId(), s);
                }
            }
            return latest;
        } catch (SQLException e) {
            throw new SampleQueryException("reading the latest samples of " + tagIds.size() + " tags", e);
        }
    }

    private static StoredSample read(ResultSet rs) throws SQLException {
        return new StoredSample(
                rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getDouble(3), rs.getShort(4));
    }
}
