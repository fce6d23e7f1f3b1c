package io.taktline.core.oee;

import io.taktline.core.asset.TagRole;
import java.util.Optional;

/** What a counted part was: made (the part counter), made good, or scrapped. */
public enum PartKind {
    PRODUCED,
    GOOD,
    SCRAP;

    /** The kind a counter tag of this role counts; empty for a role that counts no parts. */
    public static Optional<PartKind> of(TagRole role) {
        return switch (role) {
            case PART_COUNTER -> Optional.of(PRODUCED);
            case GOOD_COUNTER -> Optional.of(GOOD);
            case SCRAP_COUNTER -> Optional.of(SCRAP);
            default -> Optional.empty();
        };
    }
}
