package io.taktline.sim;

/** The vendor state codes the simulated stations serve on their State variable. */
enum StationState {
    RUNNING(1),
    IDLE(2),
    STARVED(3),
    BLOCKED(4),
    DOWN(5),
    PLANNED_STOP(6),
    CHANGEOVER(7);

    private final int code;

    StationState(int code) {
        this.code = code;
    }

    /** The served code; 0 is never served, it means offline to the MES. */
    int code() {
        return code;
    }
}
