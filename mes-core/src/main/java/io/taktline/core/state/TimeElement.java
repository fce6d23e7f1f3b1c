package io.taktline.core.state;

/**
 * The ISO 22400-2 time elements a unit's time is split into. Each equipment state counts toward
 * exactly one of them; see {@link EquipmentState#timeElement()} and KPIS.md in the oee package.
 */
public enum TimeElement {
    /** APT, actual production time: the unit produces. */
    ACTUAL_PRODUCTION,
    /** ASUT, actual unit setup time: changeover, die change, colour change. */
    ACTUAL_SETUP,
    /** ADOT, actual unit down time: stopped by a fault (unplanned). */
    ACTUAL_DOWN,
    /** ADET, actual unit delay time: ready but not producing (idle, starved, blocked). */
    ACTUAL_DELAY,
    /** PDOT, planned down time: breaks, planned maintenance, planned stops. Not part of planned busy time. */
    PLANNED_DOWN,
    /** Time without trustworthy data (no signal, bad quality, connector down): counted as a loss, shown apart. */
    UNKNOWN
}
