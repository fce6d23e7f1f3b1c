package io.taktline.core.downtime;

/**
 * A reason in the plant's reason tree, e.g. UNPLANNED / Electrical / Servo drive fault.
 *
 * @param parentCode the code of the reason above it; null for a root
 */
public record DowntimeReason(String code, String name, ReasonCategory category, String parentCode) {}
