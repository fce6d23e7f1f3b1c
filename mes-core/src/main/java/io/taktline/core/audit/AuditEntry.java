package io.taktline.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One change: who made it, when, to what, and the values before and after (as JSON). Never updated. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String entity;

    @Column(name = "entity_key", nullable = false)
    private String entityKey;

    @Column(name = "old_value", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String oldValue;

    @Column(name = "new_value", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String newValue;

    /** Read only: entries are written by {@code JdbcTransactions}, the audit trail's one writer. */
    protected AuditEntry() {}

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entity() {
        return entity;
    }

    public String entityKey() {
        return entityKey;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }
}
