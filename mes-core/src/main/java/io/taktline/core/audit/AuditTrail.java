package io.taktline.core.audit;

import io.taktline.core.infrastructure.JpaStore;

/** Appends to the audit trail what happens outside the asset model, e.g. writes to PLC nodes. */
public final class AuditTrail {

    /** The classes the audit trail maps, for the {@link JpaStore} it is kept in. */
    public static final java.util.List<Class<?>> ENTITIES = java.util.List.of(AuditEntry.class);

    private final JpaStore store;

    public AuditTrail(JpaStore store) {
        this.store = store;
    }

    public void append(String actor, String action, String entity, String key, String before, String after) {
        store.inTransaction(em -> {
            em.persist(new AuditEntry(actor, action, entity, key, before, after));
            return null;
        });
    }
}
