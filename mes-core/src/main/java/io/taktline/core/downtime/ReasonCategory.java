package io.taktline.core.downtime;

/** The top of the reason tree: which loss of OEE a stop counts toward. */
public enum ReasonCategory {
    PLANNED,
    UNPLANNED,
    CHANGEOVER,
    SMALL_STOP,
    SPEED_LOSS,
    QUALITY_LOSS,
    /** A stop whose cause nobody has told yet. */
    UNCLASSIFIED
}
