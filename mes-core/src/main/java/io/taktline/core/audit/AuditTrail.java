package io.taktline.core.audit;

import io.taktline.core.infrastructure.JdbcTransactions;

/** Appends to the audit trail what happens outside the stores that audit their own changes, e.g. writes to PLC nodes. */
public final class AuditTrail {

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
}
