package io.taktline.core.downtime.infrastructure;

import io.taktline.core.downtime.AutomaticReason;
import io.taktline.core.downtime.DowntimeException;
import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.ReasonRepository;
import io.taktline.core.downtime.ReasonTree;
import io.taktline.core.downtime.ReasonTreeDocument;
import io.taktline.core.downtime.ReasonTreeReplaced;
import io.taktline.core.infrastructure.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The reason tree, its fault-code mapping and the reasons of the automatic rules, in plain JDBC. */
public final class JdbcReasonStore implements ReasonRepository {

    private final JdbcTransactions db;

    public JdbcReasonStore(DataSource dataSource) {
        this.db = new JdbcTransactions(dataSource);
    }

    @Override
    public boolean isEmpty() {
        return db.inTransaction(c -> {
            try (PreparedStatement query = c.prepareStatement("select not exists (select 1 from downtime_reason)");
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    /** The equipment class code of every asset that has a class: what a fault mapping may be limited to. */
    @Override
    public Map<Long, String> equipmentClasses() {
        return db.inTransaction(c -> {
            Map<Long, String> classes = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("select a.id, k.code from asset a"
                            + " join equipment_class k on k.id = a.equipment_class_id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    classes.put(rows.getLong(1), rows.getString(2));
                }
            }
            return classes;
        });
    }

    /** The stored tree, completed with the rules' own reasons where it names none. */
    @Override
    public ReasonTree load() {
        return db.inTransaction(JdbcReasonStore::read);
    }

    /**
     * Replaces the whole tree, its mapping and its rules' reasons, all or nothing. A reason that stops
     * have is only removed when {@code removeInUse} says so; those stops then wait for an operator again.
     */
    @Override
    public ReasonTreeReplaced replace(ReasonTree next, boolean removeInUse, String actor) {
        return db.inTransaction(c -> {
            DowntimeLocks.lockReasonTree(c);
            ReasonTree current = read(c);
            List<String> removed = List.copyOf(current.removedIn(next));
            Map<String, Long> inUse = stopsWith(c, removed);
            if (!inUse.isEmpty() && !removeInUse) {
                throw new DowntimeException("the new tree leaves out reasons that stops have: "
                        + inUse.entrySet().stream()
                                .map(e -> "'" + e.getKey() + "' (" + e.getValue() + " stops)")
                                .collect(Collectors.joining(", "))
                        + "; keep them in the tree, or send removeReasonsInUse=true to remove them"
                        + " and have those stops classified again");
            }
            long unclassified = unclassify(c, removed);
            execute(c, "delete from downtime_automatic_reason");
            execute(c, "delete from downtime_fault_mapping");
            saveReasons(c, next, removed);
            saveMappings(c, next);
            JdbcTransactions.audit(
                    c,
                    actor,
                    "REPLACE",
                    "downtime_reason",
                    "tree",
                    ReasonTreeDocument.write(current),
                    ReasonTreeDocument.write(next));
            return new ReasonTreeReplaced(
                    next.reasons().size(), next.faultMappings().size(), removed, unclassified);
        });
    }

    private static ReasonTree read(Connection c) throws SQLException {
        ReasonTree tree = new ReasonTree();
        try (PreparedStatement query = c.prepareStatement(
                        "select code, name, category, parent_code from downtime_reason order by sort_order, code");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tree.add(new DowntimeReason(
                        rows.getString(1),
                        rows.getString(2),
                        ReasonCategory.valueOf(rows.getString(3)),
                        rows.getString(4)));
            }
        }
        try (PreparedStatement query = c.prepareStatement("select fault_code, equipment_class, reason_code"
                        + " from downtime_fault_mapping order by fault_code, equipment_class nulls first");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tree.mapFault(rows.getInt(1), rows.getString(2), rows.getString(3));
            }
        }
        try (PreparedStatement query = c.prepareStatement("select rule, reason_code from downtime_automatic_reason");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tree.assign(AutomaticReason.valueOf(rows.getString(1)), rows.getString(2));
            }
        }
        return tree.complete();
    }

    private static Map<String, Long> stopsWith(Connection c, List<String> codes) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement("select reason_code, count(*) from downtime_event"
                + " where reason_code = any(?) group by reason_code order by reason_code")) {
            query.setArray(1, c.createArrayOf("text", codes.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static long unclassify(Connection c, List<String> removed) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update downtime_event set reason_code = null,"
                + " source = 'NONE', classified_by = null, classified_at = null where reason_code = any(?)")) {
            update.setArray(1, c.createArrayOf("text", removed.toArray()));
            return update.executeUpdate();
        }
    }

    private static void saveReasons(Connection c, ReasonTree next, List<String> removed) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(
                "insert into downtime_reason (code, name, category, parent_code, sort_order) values (?, ?, ?, ?, ?)"
                        + " on conflict (code) do update set name = excluded.name, category = excluded.category,"
                        + " parent_code = excluded.parent_code, sort_order = excluded.sort_order")) {
            int order = 0;
            for (DowntimeReason reason : next.reasons()) {
                upsert.setString(1, reason.code());
                upsert.setString(2, reason.name());
                upsert.setString(3, reason.category().name());
                upsert.setString(4, reason.parentCode());
                upsert.setInt(5, order++);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement delete = c.prepareStatement("delete from downtime_reason where code = any(?)")) {
            delete.setArray(1, c.createArrayOf("text", removed.toArray()));
            delete.executeUpdate();
        }
    }

    private static void saveMappings(Connection c, ReasonTree next) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into downtime_fault_mapping (fault_code, equipment_class, reason_code) values (?, ?, ?)")) {
            for (ReasonTree.FaultMapping mapping : next.faultMappings()) {
                insert.setInt(1, mapping.faultCode());
                insert.setString(2, mapping.equipmentClass());
                insert.setString(3, mapping.reasonCode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert =
                c.prepareStatement("insert into downtime_automatic_reason (rule, reason_code) values (?, ?)")) {
            for (Map.Entry<AutomaticReason, String> rule :
                    next.automaticReasons().entrySet()) {
                insert.setString(1, rule.getKey().name());
                insert.setString(2, rule.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
