package io.taktline.core.infrastructure;

import io.taktline.core.storage.StorageRefusedException;
import io.taktline.core.storage.StorageUnavailableException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Hibernate bootstrapped on Taktline's own {@link DataSource}, with resource-local transactions.
 *
 * <p>Bootstrapped natively rather than through a container-managed persistence unit: the
 * database (embedded or external) is only known once the application has started, and Payara's
 * own JPA deployment of a Hibernate unit needs a JTA data source that exists at deploy time.
 * The schema belongs to Flyway; Hibernate only validates it.
 */
public final class JpaStore implements AutoCloseable {

    private final DataSource dataSource;
    private final List<Class<?>> entities;
    private volatile SessionFactory sessionFactory;

    /**
     * Touches no database: Hibernate is bootstrapped (and validates the schema) on first use.
     *
     * @param entities the mapped classes, each concept's own (e.g. {@code AssetModel.ENTITIES})
     */
    public JpaStore(DataSource dataSource, Collection<Class<?>> entities) {
        this.dataSource = dataSource;
        this.entities = List.copyOf(entities);
    }

    /** Builds Hibernate once; a build that fails (database down) is tried again on the next use. */
    private SessionFactory sessionFactory() {
        SessionFactory built = sessionFactory;
        if (built == null) {
            synchronized (this) {
                if (sessionFactory == null) {
                    probe(dataSource);
                    sessionFactory = build(dataSource, entities);
                }
                built = sessionFactory;
            }
        }
        return built;
    }

    /**
     * Hibernate cannot tell its dialect without a connection and then fails with a message about
     * dialects; asking for one first says instead why the database is not there.
     */
    private static void probe(DataSource dataSource) {
        try (Connection ignored = dataSource.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new StorageUnavailableException(e.getMessage(), e);
        }
    }

    private static SessionFactory build(DataSource dataSource, List<Class<?>> entities) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(
                        AvailableSettings.JTA_PLATFORM,
                        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Runs {@code work} in one transaction, committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = sessionFactory().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (JDBCConnectionException e) {
            rollBack(tx);
            throw new StorageUnavailableException(e.getSQLException().getMessage(), e);
        } catch (JDBCException e) {
            rollBack(tx);
            throw StorageRefusedException.of(e.getSQLException());
        } catch (RuntimeException e) {
            rollBack(tx);
            throw e;
        } finally {
            em.close();
        }
    }

    /** Runs {@code work} in a transaction that is always rolled back: a dry run that the database still checks. */
    public <T> T inRolledBackTransaction(Function<EntityManager, T> work) {
        EntityManager em = sessionFactory().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            return work.apply(em);
        } catch (JDBCConnectionException e) {
            throw new StorageUnavailableException(e.getSQLException().getMessage(), e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private static void rollBack(EntityTransaction tx) {
        if (tx.isActive()) {
            try {
                tx.rollback();
            } catch (RuntimeException e) {
                // the connection is gone: nothing was committed
            }
        }
    }

    /**
     * Runs JDBC work on the connection of {@code em}'s transaction: what it writes is committed or
     * rolled back with the entities (the audit trail's one writer is JDBC).
     */
    public void onConnection(EntityManager em, JdbcTransactions.Work<?> work) {
        em.unwrap(Session.class).doWork(work::run);
    }

    /** The statistics of the session factory, for tests that count statements. */
    public org.hibernate.stat.Statistics statistics() {
        return sessionFactory().getStatistics();
    }

    @Override
    public void close() {
        SessionFactory built = sessionFactory;
        if (built != null) {
            built.close();
        }
    }
}
