package io.taktline.web.plant;

import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.ModelSnapshot;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The asset model as last loaded, which the board draws, the roll-ups walk and the connectors are
 * bound to: loaded when the database opens and again after every committed change, each time
 * told as {@link ModelLoaded}.
 */
@ApplicationScoped
public class PlantModel {

    private static final Logger LOG = Logger.getLogger(PlantModel.class.getName());

    @Inject
    AssetModel model;

    @Inject
    Event<ModelLoaded> loaded;

    private volatile ModelSnapshot snapshot = ModelSnapshot.EMPTY;

    public ModelSnapshot snapshot() {
        return snapshot;
    }

    void load(@Observes @Priority(DatabaseReady.MODEL) DatabaseReady ready) {
        refresh();
    }

    void follow(@Observes ModelChanged change) {
        refresh();
    }

    /** Reloads the model and tells who follows it; a model that cannot be read keeps the last one. */
    public synchronized void refresh() {
        try {
            snapshot = ModelSnapshot.of(model);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not load the asset model; the connectors keep their bindings", e);
            return;
        }
        loaded.fire(new ModelLoaded(snapshot));
    }
}
