package io.taktline.web.plant;

import io.taktline.core.asset.ModelSnapshot;

/**
 * The asset model as just loaded, after a start or a committed change: fired synchronously, so
 * that the interpreter and the connectors follow a change before its request is answered.
 */
public record ModelLoaded(ModelSnapshot model) {

    /** The interpreter follows first, so that the connectors' first samples find their signals. */
    public static final int INTERPRETER = 100;

    public static final int CONNECTORS = 200;
}
