package io.taktline.core.downtime;

/** A reason in the plant's reason tree, e.g. UNPLANNED / Electrical / Servo drive fault. */
public record DowntimeReason(String code, String name, ReasonCategory category, String parentCode) {

    public static final DowntimeReason MICRO_STOP =
            new DowntimeReason("MICRO_STOP", "Micro-stop", ReasonCategory.SMALL_STOP, null);
    public static final DowntimeReason NO_SIGNAL =
            new DowntimeReason("NO_SIGNAL", "No signal from the equipment", ReasonCategory.UNCLASSIFIED, null);
}
