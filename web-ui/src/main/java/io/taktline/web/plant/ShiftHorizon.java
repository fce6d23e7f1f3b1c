package io.taktline.web.plant;

import io.taktline.core.shift.ShiftPlanning;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Keeps every line's shifts stored two weeks ahead; the first run catches up after a restart. */
@ApplicationScoped
public class ShiftHorizon {

    private static final Logger LOG = Logger.getLogger(ShiftHorizon.class.getName());
    static final long EVERY_MINUTES = 60;

    @Inject
    ShiftPlanning planning;

    @Inject
    PlantScheduler scheduler;

    void start(@Observes @Priority(DatabaseReady.INTERPRETER) DatabaseReady ready) {
        scheduler.every("extend the lines' stored shifts", this::extend, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    private void extend() {
        int added = planning.extendHorizons();
        if (added > 0) {
            LOG.info("Stored " + added + " more shifts from the lines' calendars");
        }
    }
}
