package io.taktline.db.historian;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reads stored samples back: a tag's values over a time range, and the latest value of many tags. */
public final class SampleQueries {

    private static final String RANGE = "select tag_id, time, value, quality from sample"
            + " where tag_id = ? and time >= ? and time < ? order by time limit ?";
    // One index probe per tag (the primary key is (tag_id, time)), in one statement for any number of tags.
    private static final String LATEST = "select s.tag_id, s.time, s.value, s.quality"
            + " from unnest(?::bigint[]) as t(id)"
            + " cross join lateral (select tag_id, time, value, quality from sample"
            + " where tag_id = t.id order by time desc limit 1) s";

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
