package io.taktline.core.asset;

/** The ISA-95 equipment hierarchy levels, from the top down. */
public enum AssetLevel {
    ENTERPRISE,
    SITE,
    AREA,
    LINE,
    WORK_CELL,
    EQUIPMENT;

    /**
     * Whether an asset of this level may sit directly below {@code parent}. Each level sits one
     * below its parent, except equipment, which may also sit below equipment (a robot in a cell's
     * welding gun rack, a pump in a paint booth's circulation).
     */
    public boolean mayBeChildOf(AssetLevel parent) {
        if (parent == null) {
            return this == ENTERPRISE;
        }
        return ordinal() == parent.ordinal() + 1 || (this == EQUIPMENT && parent == EQUIPMENT);
    }

    /** Parses a level by its name, naming the accepted values when the text is none of them. */
    public static AssetLevel parse(String text) {
        for (AssetLevel level : values()) {
            if (level.name().equalsIgnoreCase(text)) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "unknown asset level '" + text + "'; use one of " + java.util.Arrays.toString(values()));
    }
}
