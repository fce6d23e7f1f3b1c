package io.taktline.web.plant;

import io.taktline.connect.Sample;
import io.taktline.db.historian.HistorianWriter;
import io.taktline.web.config.TaktlineSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The historian writer, started on the open database and closed (flushed) with the application. */
@ApplicationScoped
public class PlantHistorian {

    private static final Logger LOG = Logger.getLogger(PlantHistorian.class.getName());

    @Inject
    TaktlineSettings settings;

    private volatile HistorianWriter writer;

    void start(@Observes @Priority(DatabaseReady.HISTORIAN) DatabaseReady ready) {
        try {
            HistorianWriter started = new HistorianWriter(
                    ready.database().dataSource(),
                    settings.historian(),
                    settings.dataDir().resolve("spool"));
            started.start();
            writer = started;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the historian did not start; samples are not stored", e);
        }
    }

    /** The writer, empty until the database has been opened. */
    public Optional<HistorianWriter> writer() {
        return Optional.ofNullable(writer);
    }

    /** On Milo's delivery thread: a non-blocking append. */
    void append(Sample sample) {
        HistorianWriter current = writer;
        if (current != null) {
            current.append(
                    sample.tagId(),
                    sample.sourceTimeMicros(),
                    sample.value(),
                    sample.quality().code());
        }
    }

    @PreDestroy
    void stop() {
        HistorianWriter current = writer;
        if (current != null) {
            current.close();
        }
    }
}
