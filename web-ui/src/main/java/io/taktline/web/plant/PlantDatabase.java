package io.taktline.web.plant;

import io.taktline.db.Database;
import io.taktline.db.DatabaseUnavailableException;
import io.taktline.web.config.TaktlineSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Owns the database's life: opens it when the application starts (the embedded PostgreSQL or the
 * configured server, migrated by Flyway), retries every 15 s while it cannot, fires
 * {@link DatabaseReady} once it is open, and closes it when the application stops. An unreachable
 * database does not stop the rest: the problem is logged once and shown at {@code /health}.
 */
@ApplicationScoped
public class PlantDatabase {

    private static final Logger LOG = Logger.getLogger(PlantDatabase.class.getName());
    static final long RETRY_SECONDS = 15;
    /** After the simulator, which a demo model's endpoint points at. */
    static final int START = 200;

    @Inject
    PlantConfiguration configuration;

    @Inject
    PlantScheduler scheduler;

    @Inject
    Event<DatabaseReady> ready;

    private volatile Database database;
    private volatile String problem = "the database is being opened";
    private volatile boolean closed;
    private final DataSource dataSource = new PlantDataSource(() -> database, () -> problem);

    void start(@Observes @Priority(START) Startup startup) {
        if (configuration.valid()) {
            // The first attempt on the starting thread: the application is ready when the database is.
            open();
        } else {
            problem = "Taktline is not started: " + configuration.problem().orElseThrow();
        }
    }

    private void open() {
        if (closed) {
            return;
        }
        TaktlineSettings settings = configuration.settings();
        try {
            Database opened = Database.open(settings.database(), settings.storage());
            database = opened;
            problem = null;
            LOG.info("Database ready: " + opened.description());
        } catch (DatabaseUnavailableException | RuntimeException e) {
            String next = e.getMessage() + "; retrying every " + RETRY_SECONDS + " s";
            if (!next.equals(problem)) {
                LOG.log(Level.SEVERE, next, e instanceof DatabaseUnavailableException ? null : e);
            }
            problem = next;
            scheduler.once("open the database", this::open, RETRY_SECONDS, TimeUnit.SECONDS);
            return;
        }
        try {
            ready.fire(new DatabaseReady(opened()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "a part of Taktline did not start on the open database", e);
        }
    }

    /** Every repository's DataSource: the open database's pool, refusing while it is not open. */
    @Produces
    @Singleton
    DataSource dataSource() {
        return dataSource;
    }

    /** The open database, empty while it is not. */
    public Optional<Database> database() {
        return Optional.ofNullable(database);
    }

    /** Why the database is not available, or empty when it is. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** @throws PlantUnavailableException while the database is not open */
    public Database opened() {
        Database open = database;
        if (open == null) {
            throw new PlantUnavailableException("the database is not available: " + problem);
        }
        return open;
    }

    @PreDestroy
    void close() {
        closed = true;
        Database open = database;
        if (open != null) {
            open.close();
        }
    }
}
