package io.taktline.core.downtime;

import io.taktline.core.document.TextLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The plant's reasons for stops, as a tree under the {@link ReasonCategory}s, with the mapping of
 * PLC fault codes to reasons and the reason each {@link AutomaticReason} rule gives: what gives
 * stops their reason without an operator. Built once, then only read (it is shared between threads).
 */
public final class ReasonTree {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /**
     * A fault code the PLC reports and the reason it means.
     *
     * @param equipmentClass the code of the equipment class the mapping is limited to; null for any
     */
    public record FaultMapping(int faultCode, String equipmentClass, String reasonCode) {}

    private record FaultKey(int faultCode, String equipmentClass) {}

    private final Map<String, DowntimeReason> reasons = new LinkedHashMap<>();
    private final Map<FaultKey, FaultMapping> faults = new LinkedHashMap<>();
    private final Map<AutomaticReason, String> automatic = new EnumMap<>(AutomaticReason.class);
    /** The rules' own reasons that {@link #complete} added because the tree did not have them. */
    private final Map<String, AutomaticReason> addedByRules = new LinkedHashMap<>();

    /** A tree with nothing but the automatic rules' own reasons. */
    public static ReasonTree defaults() {
        return new ReasonTree().complete();
    }

    /** Adds a reason below its parent, which must be in the tree already; a child has its parent's category. */
    public ReasonTree add(DowntimeReason reason) {
        if (reason.code() != null && reason.code().length() > TextLimits.CODE) {
            throw new IllegalArgumentException("reason code '" + reason.code().substring(0, 20) + "…' has "
                    + reason.code().length() + " characters; keep it to " + TextLimits.CODE);
        }
        if (reason.code() == null || !CODE.matcher(reason.code()).matches()) {
            throw new IllegalArgumentException("reason code '" + reason.code()
                    + "' is not a code; use letters, digits, '_', '.' and '-', starting with a letter or digit");
        }
        if (reasons.containsKey(reason.code())) {
            throw new IllegalArgumentException(
                    "reason '" + reason.code() + "' is in the tree twice; give each reason" + " a code of its own");
        }
        if (reason.name() == null || reason.name().isBlank()) {
            throw new IllegalArgumentException(
                    "reason '" + reason.code() + "' has no name; give it the words" + " operators choose it by");
        }
        TextLimits.line("the name of reason '" + reason.code() + "'", reason.name(), TextLimits.NAME);
        Objects.requireNonNull(reason.category(), "category");
        DowntimeReason parent = reason.parentCode() == null ? null : reasons.get(reason.parentCode());
        if (reason.parentCode() != null && parent == null) {
            throw new IllegalArgumentException("reason '" + reason.code() + "' names parent '" + reason.parentCode()
                    + "' that the tree does not have before it; list a parent before its children");
        }
        if (parent != null && parent.category() != reason.category()) {
            throw new IllegalArgumentException("reason '" + reason.code() + "' is " + reason.category()
                    + " but its parent '" + parent.code() + "' is " + parent.category()
                    + "; a reason counts toward the loss of its parent");
        }
        reasons.put(reason.code(), reason);
        return this;
    }

    /** Maps a PLC fault code, from any equipment, to a reason of the tree. */
    public ReasonTree mapFault(int faultCode, String reasonCode) {
        return mapFault(faultCode, null, reasonCode);
    }

    /** Maps a PLC fault code from equipment of one class (null: any) to a reason of the tree. */
    public ReasonTree mapFault(int faultCode, String equipmentClass, String reasonCode) {
        if (faultCode == 0) {
            throw new IllegalArgumentException("fault code 0 means 'no fault' and cannot be mapped to a reason");
        }
        find(reasonCode)
                .orElseThrow(() -> new IllegalArgumentException("fault code " + faultCode + " maps to reason '"
                        + reasonCode + "' that the tree does not have; add the reason first"));
        FaultKey key = new FaultKey(faultCode, equipmentClass);
        if (faults.containsKey(key)) {
            throw new IllegalArgumentException("fault code " + faultCode
                    + (equipmentClass == null ? "" : " of class '" + equipmentClass + "'")
                    + " is mapped twice; keep one mapping");
        }
        faults.put(key, new FaultMapping(faultCode, equipmentClass, reasonCode));
        return this;
    }

    /** Names the reason of the tree that an automatic rule gives. */
    public ReasonTree assign(AutomaticReason rule, String reasonCode) {
        DowntimeReason reason = find(reasonCode)
                .orElseThrow(() -> new IllegalArgumentException("the rule " + rule + " gives reason '" + reasonCode
                        + "' that the tree does not have; add the reason first"));
        if (!rule.categories().contains(reason.category())) {
            throw new IllegalArgumentException("the rule " + rule + " gives reason '" + reasonCode + "', which is "
                    + reason.category() + "; give it a reason of category " + rule.categories());
        }
        automatic.put(rule, reasonCode);
        return this;
    }

    /**
     * Gives every rule without a reason its own: the tree's reason of the rule's default code when it
     * has one of a fitting category, else the default reason added as a root.
     */
    public ReasonTree complete() {
        for (AutomaticReason rule : AutomaticReason.values()) {
            if (!automatic.containsKey(rule)) {
                if (!reasons.containsKey(rule.defaultReason().code())) {
                    add(rule.defaultReason());
                    addedByRules.put(rule.defaultReason().code(), rule);
                }
                assign(rule, rule.defaultReason().code());
            }
        }
        return this;
    }

    /** The reasons {@link #complete} added, each with the rule that needed it, by code. */
    public Map<String, AutomaticReason> addedByRules() {
        return Collections.unmodifiableMap(addedByRules);
    }

    public Optional<DowntimeReason> find(String code) {
        return Optional.ofNullable(code == null ? null : reasons.get(code));
    }

    /** The reason a fault code means: the mapping of the equipment's class first, then the one for any equipment. */
    public Optional<DowntimeReason> forFault(int faultCode, String equipmentClass) {
        FaultMapping mapping = equipmentClass == null ? null : faults.get(new FaultKey(faultCode, equipmentClass));
        if (mapping == null) {
            mapping = faults.get(new FaultKey(faultCode, null));
        }
        return Optional.ofNullable(mapping).map(m -> reasons.get(m.reasonCode()));
    }

    public Optional<DowntimeReason> forFault(int faultCode) {
        return forFault(faultCode, null);
    }

    /** The reason an automatic rule gives. */
    public DowntimeReason automatic(AutomaticReason rule) {
        String code = automatic.get(rule);
        if (code == null) {
            throw new IllegalStateException("the reason tree names no reason for " + rule + "; complete() it first");
        }
        return reasons.get(code);
    }

    /** Every reason, parents before their children, in the order they were added. */
    public List<DowntimeReason> reasons() {
        return List.copyOf(reasons.values());
    }

    public List<FaultMapping> faultMappings() {
        return List.copyOf(faults.values());
    }

    public Map<AutomaticReason, String> automaticReasons() {
        return Collections.unmodifiableMap(new EnumMap<>(automatic));
    }

    /** The reason and its ancestors, root first: what a Pareto groups by at each level. */
    public List<DowntimeReason> pathOf(DowntimeReason reason) {
        List<DowntimeReason> path = new ArrayList<>();
        for (DowntimeReason r = reason; r != null; r = r.parentCode() == null ? null : reasons.get(r.parentCode())) {
            path.add(0, r);
        }
        return path;
    }

    /** The codes of this tree that {@code next} does not have. */
    public Set<String> removedIn(ReasonTree next) {
        Set<String> removed = new LinkedHashSet<>(reasons.keySet());
        removed.removeAll(next.reasons.keySet());
        return removed;
    }
}
