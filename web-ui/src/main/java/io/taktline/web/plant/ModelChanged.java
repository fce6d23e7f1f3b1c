package io.taktline.web.plant;

import io.taktline.core.asset.ModelChange;
import java.util.List;

/** A committed change of the asset model, by import or edit. */
public record ModelChanged(List<ModelChange> changes) {

    public ModelChanged {
        changes = List.copyOf(changes);
    }
}
