package io.taktline.web.plant;

/**
 * The plant cannot answer yet: its settings do not parse, or its database is not open. The message
 * says why; the REST API answers it with 503.
 */
public final class PlantUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlantUnavailableException(String message) {
        super(message);
    }
}
