package io.taktline.core.shift;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What bringing a line's stored shifts in line with its calendar changes: shifts to add, stored
 * shifts to change in place (crew, breaks, standard demand), stored shifts to remove, and shifts of
 * the calendar that cannot be added because they would overlap a stored shift that stays.
 *
 * <p>Only the pattern's shifts that have not started may be changed or removed; shifts that have
 * started and overtime shifts are history or a planner's decision and stay as they are. A stored
 * shift that keeps its name, start and end keeps its id and its plan, unless that plan was the
 * pattern's standard demand and the standard changed.
 */
public record ShiftDiff(List<Addition> added, List<Update> updated, List<ScheduledShift> removed, List<Skip> skipped) {

    /** A shift to store, with the standard demand it is planned with (null: not planned). */
    public record Addition(Shift shift, Integer demand) {}

    /** A stored shift changed in place: its new crew and breaks, and its plan afterwards. */
    public record Update(ScheduledShift before, Shift after, Integer demand, boolean standardDemand) {}

    /** A shift of the calendar left out because it would overlap {@code clashing}. */
    public record Skip(Shift shift, ScheduledShift clashing) {}

    public ShiftDiff {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
    }

    public boolean isEmpty() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }

    /** Adds the calendar's shifts that are not stored yet; changes and removes nothing. */
    public static ShiftDiff extending(List<ScheduledShift> stored, List<Shift> wanted, LineCalendar calendar) {
        List<Addition> added = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (Shift shift : wanted) {
            if (stored.stream().anyMatch(s -> s.sameSlotAs(shift))) {
                continue;
            }
            Optional<ScheduledShift> clash = clashWith(shift, stored);
            if (clash.isPresent()) {
                skipped.add(new Skip(shift, clash.get()));
            } else {
                added.add(new Addition(
                        shift, calendar.standardDemand(shift.name()).orElse(null)));
            }
        }
        return new ShiftDiff(added, List.of(), List.of(), skipped);
    }

    /**
     * Replaces the pattern's stored shifts that start after {@code now} by the calendar's shifts
     * that start after {@code now}.
     *
     * @param stored the line's stored shifts that end after {@code now} (the running one included)
     */
    public static ShiftDiff replacingAfter(
            Instant now, List<ScheduledShift> stored, List<Shift> wanted, LineCalendar calendar) {
        List<ScheduledShift> replaceable = stored.stream()
                .filter(s -> !s.overtime() && s.shift().start().isAfter(now))
                .toList();
        List<ScheduledShift> staying =
                stored.stream().filter(s -> !replaceable.contains(s)).toList();
        List<ScheduledShift> matched = new ArrayList<>();
        List<Addition> added = new ArrayList<>();
        List<Update> updated = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (Shift shift : wanted) {
            if (!shift.start().isAfter(now)) {
                continue;
            }
            Optional<ScheduledShift> same =
                    replaceable.stream().filter(s -> s.sameSlotAs(shift)).findFirst();
            if (same.isPresent()) {
                matched.add(same.get());
                update(same.get(), shift, calendar).ifPresent(updated::add);
                continue;
            }
            Optional<ScheduledShift> clash = clashWith(shift, staying);
            if (clash.isPresent()) {
                skipped.add(new Skip(shift, clash.get()));
            } else {
                added.add(new Addition(
                        shift, calendar.standardDemand(shift.name()).orElse(null)));
            }
        }
        List<ScheduledShift> removed =
                replaceable.stream().filter(s -> !matched.contains(s)).toList();
        return new ShiftDiff(added, updated, removed, skipped);
    }

    private static Optional<Update> update(ScheduledShift stored, Shift wanted, LineCalendar calendar) {
        boolean plannerSet = stored.demand() != null && !stored.standardDemand();
        Integer demand = plannerSet
                ? stored.demand()
                : calendar.standardDemand(wanted.name()).orElse(null);
        boolean standard = !plannerSet && demand != null;
        boolean same = Objects.equals(stored.shift().crew(), wanted.crew())
                && stored.shift().breaks().equals(wanted.breaks())
                && Objects.equals(stored.demand(), demand);
        return same ? Optional.empty() : Optional.of(new Update(stored, wanted, demand, standard));
    }

    private static Optional<ScheduledShift> clashWith(Shift shift, List<ScheduledShift> stored) {
        return stored.stream()
                .filter(s -> s.shift().interval().overlaps(shift.interval()))
                .findFirst();
    }
}
