package io.taktline.core.downtime;

/** No stop has the id that was given. */
public class StopNotFoundException extends DowntimeException {

    public StopNotFoundException(StopId id) {
        super("no stop with id " + id + "; it may have been merged into the stop before it, list the stops again");
    }
}
