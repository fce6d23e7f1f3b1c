package io.taktline.core.downtime;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules that give a stop its reason without an operator. Each gives one reason of the tree
 * (the tree says which), and each has a reason of its own that a tree gets when it names none.
 */
public enum AutomaticReason {
    /** The asset reports a planned stop: a break, a meeting, no production planned. */
    PLANNED_STOP(new DowntimeReason("PLANNED_STOP", "Planned stop", ReasonCategory.PLANNED, null)),
    /** The asset reports a changeover, e.g. a die change. */
    CHANGEOVER(new DowntimeReason("CHANGEOVER", "Changeover", ReasonCategory.CHANGEOVER, null)),
    /** An IDLE or DOWN stop without a fault code, shorter than the micro-stop threshold. */
    MICRO_STOP(new DowntimeReason("MICRO_STOP", "Micro-stop", ReasonCategory.SMALL_STOP, null)),
    /** The asset was silent (OFFLINE) longer than the no-signal timeout: nobody knows why it stood. */
    NO_SIGNAL(new DowntimeReason("NO_SIGNAL", "No signal from the equipment", ReasonCategory.UNCLASSIFIED, null));

    private final DowntimeReason defaultReason;

    AutomaticReason(DowntimeReason defaultReason) {
        this.defaultReason = defaultReason;
    }

    /** The reason a tree gets for this rule when it does not name one of its own. */
    public DowntimeReason defaultReason() {
        return defaultReason;
    }

    /** The categories a reason given by this rule may have: the loss it counts toward must stay the same. */
    public Set<ReasonCategory> categories() {
        return this == NO_SIGNAL
                ? EnumSet.of(ReasonCategory.UNCLASSIFIED, ReasonCategory.UNPLANNED)
                : EnumSet.of(defaultReason.category());
    }
}
