package io.taktline.core.downtime;

import java.util.Map;

/** Where the reason tree, its fault-code mapping and the automatic rules' reasons are kept. */
public interface ReasonRepository {

    /** Whether no tree is stored yet (a first start). */
    boolean isEmpty();

    /** Each asset's equipment class code, by asset id, for fault codes mapped per class. */
    Map<Long, String> equipmentClasses();

    ReasonTree load();

    /**
     * Replaces the tree, all or nothing; a reason that stops have is only removed when {@code
     * removeInUse} says so, and those stops then wait for an operator again. Audited.
     */
    ReasonTreeReplaced replace(ReasonTree next, boolean removeInUse, String actor);
}
