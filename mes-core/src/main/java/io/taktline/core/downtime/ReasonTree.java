package io.taktline.core.downtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plant's reasons for stops, as a tree under the {@link ReasonCategory}s, with the mapping of
 * PLC fault codes to reasons that gives stops their reason without an operator.
 */
public final class ReasonTree {

    private final Map<String, DowntimeReason> reasons = new LinkedHashMap<>();
    private final Map<Integer, String> faultCodes = new LinkedHashMap<>();

    public ReasonTree() {
        add(DowntimeReason.MICRO_STOP);
        add(DowntimeReason.NO_SIGNAL);
    }

    public ReasonTree add(DowntimeReason reason) {
        if (reason.parentCode() != null && !reasons.containsKey(reason.parentCode())) {
            throw new IllegalArgumentException("reason '" + reason.code() + "' names parent '" + reason.parentCode()
                    + "' that the tree does not have; add the parent first");
        }
        if (reason.parentCode() != null && reasons.get(reason.parentCode()).category() != reason.category()) {
            throw new IllegalArgumentException(
                    "reason '" + reason.code() + "' is " + reason.category() + " but its parent '" + reason.parentCode()
                            + "' is " + reasons.get(reason.parentCode()).category());
        }
        reasons.put(reason.code(), reason);
        return this;
    }

    /** Maps a PLC fault code to a reason of the tree. */
    public ReasonTree mapFault(int faultCode, String reasonCode) {
        find(reasonCode)
                .orElseThrow(() -> new IllegalArgumentException("fault code " + faultCode + " maps to reason '"
                        + reasonCode + "' that the tree does not have"));
        faultCodes.put(faultCode, reasonCode);
        return this;
    }

    public Optional<DowntimeReason> find(String code) {
        return Optional.ofNullable(reasons.get(code));
    }

    public Optional<DowntimeReason> forFault(int faultCode) {
        return Optional.ofNullable(faultCodes.get(faultCode)).map(reasons::get);
    }

    /** The reason and its ancestors, root first: what a Pareto groups by at each level. */
    public List<DowntimeReason> pathOf(DowntimeReason reason) {
        List<DowntimeReason> path = new ArrayList<>();
        for (DowntimeReason r = reason; r != null; r = r.parentCode() == null ? null : reasons.get(r.parentCode())) {
            path.add(0, r);
        }
        return path;
    }
}
