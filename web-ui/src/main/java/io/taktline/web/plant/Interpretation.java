package io.taktline.web.plant;

import io.taktline.core.asset.AssetModel;
import io.taktline.core.signal.SignalInterpreter;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the signal interpreter on the open database and has it follow every model load. */
@ApplicationScoped
public class Interpretation {

    private static final Logger LOG = Logger.getLogger(Interpretation.class.getName());

    @Inject
    SignalInterpreter signals;

    @Inject
    AssetModel model;

    void start(@Observes @Priority(DatabaseReady.INTERPRETER) DatabaseReady ready) {
        signals.start();
    }

    void follow(@Observes @Priority(ModelLoaded.INTERPRETER) ModelLoaded loaded) {
        try {
            signals.follow(loaded.model().tags(), loaded.model().assets(), model.stateMappings());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the interpreter could not follow the model; it keeps the signals it had", e);
        }
    }

    @PreDestroy
    void stop() {
        signals.close();
    }
}
