package io.taktline.core.audit;

import io.taktline.core.infrastructure.JdbcTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail: appends what happens outside the stores that audit their own changes (writes to
 * PLC nodes), and reads the whole trail back, filtered by who, what and when.
 */
public final class AuditTrail {

    /** The most entries one read returns. */
    public static final int MOST_ENTRIES = 1_000;

    /** One entry as read: {@code before} and {@code after} are JSON text or null. */
    public record Entry(
            long id, Instant at, String actor, String action, String entity, String key, String before, String after) {}

    /** What to read: each filter null for "any". {@code actor} and {@code entity} match exactly. */
    public record Filter(String actor, String entity, String key, Instant from, Instant to, int limit) {}

    private final JdbcTransactions transactions;

    public AuditTrail(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /** @throws io.taktline.core.storage.StorageException when the entry could not be stored */
    public void append(String actor, String action, String entity, String key, String before, String after) {
        transactions.inTransaction(c -> {
            JdbcTransactions.audit(c, actor, action, entity, key, before, after);
            return null;
        });
    }

    /** The newest entries first, at most {@code filter.limit()} (capped at {@link #MOST_ENTRIES}). */
    public List<Entry> read(Filter filter) {
        return transactions.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("select id, at, actor, action, entity, entity_key,"
                    + " old_value::text, new_value::text from audit_log"
                    + " where (?::text is null or actor = ?) and (?::text is null or entity = ?)"
                    + " and (?::text is null or entity_key = ?)"
                    + " and (?::timestamptz is null or at >= ?) and (?::timestamptz is null or at < ?)"
                    + " order by at desc, id desc limit ?")) {
                Object[] values = {
                    filter.actor(),
                    filter.entity(),
                    filter.key(),
                    JdbcTransactions.time(filter.from()),
                    JdbcTransactions.time(filter.to())
                };
                for (int i = 0; i < values.length; i++) {
                    select.setObject(2 * i + 1, values[i]);
                    select.setObject(2 * i + 2, values[i]);
                }
                select.setInt(11, Math.max(1, Math.min(filter.limit(), MOST_ENTRIES)));
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(
                                rows.getLong(1),
                                JdbcTransactions.instant(rows, 2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getString(7),
                                rows.getString(8)));
                    }
                }
                return entries;
            }
        });
    }
}
