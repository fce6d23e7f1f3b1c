package io.taktline.core.audit;

import io.taktline.core.infrastructure.JdbcTransactions;
import io.taktline.core.storage.StorageUnavailableException;
import java.sql.SQLException;

/** Appends to the audit trail what happens outside the stores that audit their own changes, e.g. writes to PLC nodes. */
public final class AuditTrail {

    private final JdbcTransactions transactions;

    public AuditTrail(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /** @throws StorageUnavailableException when the entry could not be stored */
    public void append(String actor, String action, String entity, String key, String before, String after) {
        try {
            transactions.inTransaction(c -> {
                JdbcTransactions.audit(c, actor, action, entity, key, before, after);
                return null;
            });
        } catch (SQLException e) {
            throw new StorageUnavailableException(
                    "the audit trail could not store " + action + " of " + entity + " " + key + ": " + e.getMessage(),
                    e);
        }
    }
}
