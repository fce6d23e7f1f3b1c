package io.taktline.web.interfaces.engineering;

import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.shift.ScheduledShift;
import io.taktline.core.shift.ShiftPlanning;
import io.taktline.core.shift.ShiftPlanningException;
import io.taktline.core.storage.StorageException;
import io.taktline.web.interfaces.page.Messages;
import io.taktline.web.interfaces.page.PageParameters;
import io.taktline.web.interfaces.security.RequestIdentity;
import io.taktline.web.plant.PlantConfiguration;
import io.taktline.web.plant.PlantModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A line's shifts for a week, {@code shifts.xhtml?line=<id>&week=<a day of it>}: each day with its
 * shifts (pattern and overtime) and their demand, in the plant's time zone. An ENGINEER changes the
 * production plan (a demand per shift), adds overtime and cancels it; a clash is refused with the
 * shift it clashes with, as the API's 409 says. A VIEWER reads it.
 */
@Named
@RequestScoped
public class ShiftsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    ShiftPlanning planning;

    @Inject
    PlantModel plantModel;

    @Inject
    PlantConfiguration configuration;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private Optional<AssetView> line;
    private List<Day> days;
    private String overtimeName;
    private String overtimeCrew;
    private String overtimeDay;
    private String overtimeStart;
    private String overtimeEnd;
    private Integer overtimeDemand;

    /** A shift as the week shows it. */
    public record Slot(
            long id,
            String name,
            String crew,
            String start,
            String end,
            boolean overtime,
            Integer demand,
            boolean standardDemand) {}

    /** A day of the week with its shifts, by start. */
    public record Day(DayOfWeek weekday, String date, boolean today, List<Slot> shifts) {}

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private ZoneId zone() {
        return configuration.plantZone();
    }

    /** The line of the {@code line} parameter, empty when it names none. */
    public Optional<AssetView> line() {
        if (line == null) {
            line = PageParameters.id(request(), "line")
                    .flatMap(plantModel.snapshot()::asset)
                    .filter(a -> a.level() == AssetLevel.LINE);
        }
        return line;
    }

    public AssetView getLine() {
        return line().orElse(null);
    }

    public List<AssetView> getLines() {
        return plantModel.snapshot().assets().stream()
                .filter(a -> a.level() == AssetLevel.LINE)
                .sorted((a, b) -> a.path().compareTo(b.path()))
                .toList();
    }

    /** The Monday of the week shown: of the {@code week} parameter's day, or of today. */
    public LocalDate getMonday() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), zone());
        String week = request().getParameter("week");
        if (week != null) {
            try {
                day = LocalDate.parse(week.strip());
            } catch (DateTimeParseException e) {
                // A link with a bad week shows this week.
            }
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public String link(int weeks) {
        return "shifts.xhtml?line=" + line().map(AssetView::id).orElse(0L) + "&week="
                + getMonday().plusWeeks(weeks);
    }

    public List<Day> getDays() {
        if (days == null) {
            days = new ArrayList<>();
            Optional<AssetView> of = line();
            if (of.isEmpty()) {
                return days;
            }
            LocalDate monday = getMonday();
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone());
            Instant from = monday.atStartOfDay(zone()).toInstant();
            Instant to = monday.plusWeeks(1).atStartOfDay(zone()).toInstant();
            Map<LocalDate, List<Slot>> byDay = new LinkedHashMap<>();
            for (int d = 0; d < 7; d++) {
                byDay.put(monday.plusDays(d), new ArrayList<>());
            }
            for (ScheduledShift s : planning.scheduled(of.get().id(), from, to)) {
                LocalDate day = LocalDate.ofInstant(s.shift().start(), zone());
                byDay.computeIfPresent(day, (k, list) -> {
                    list.add(new Slot(
                            s.id(),
                            s.shift().name(),
                            s.shift().crew(),
                            CLOCK.format(s.shift().start().atZone(zone())),
                            CLOCK.format(s.shift().end().atZone(zone())),
                            s.overtime(),
                            s.demand(),
                            s.standardDemand()));
                    return list;
                });
            }
            byDay.forEach(
                    (day, slots) -> days.add(new Day(day.getDayOfWeek(), DAY.format(day), day.equals(today), slots)));
        }
        return days;
    }

    public boolean isMayChange() {
        return RequestIdentity.of(request())
                .map(i -> i.role().includes(Role.ENGINEER))
                .orElse(false);
    }

    /** Stores the demand typed for each shift ({@code demand-<id>}) that differs from what it has. */
    public void savePlan() {
        Map<Long, Integer> changed = new LinkedHashMap<>();
        for (Day day : getDays()) {
            for (Slot slot : day.shifts()) {
                String typed = request().getParameter("demand-" + slot.id());
                if (typed == null || typed.isBlank()) {
                    continue;
                }
                if (!typed.strip().matches("[0-9]{1,7}")) {
                    Messages.show(
                            faces, FacesMessage.SEVERITY_WARN, "shifts.badDemand", slot.name(), day.date(), typed);
                    return;
                }
                int demand = Integer.parseInt(typed.strip());
                if (slot.demand() == null || slot.demand() != demand) {
                    changed.put(slot.id(), demand);
                }
            }
        }
        if (changed.isEmpty()) {
            Messages.show(faces, FacesMessage.SEVERITY_INFO, "shifts.nothingChanged");
            return;
        }
        change(() -> planning.putPlan(line().orElseThrow().id(), changed, actor()), "shifts.planSaved", changed.size());
    }

    /** Adds the overtime of the form: a day of the week, start and end in the plant's zone (an end before the start is the next day). */
    public void addOvertime() {
        LocalDate day;
        LocalTime start;
        LocalTime end;
        try {
            day = LocalDate.parse(overtimeDay == null ? "" : overtimeDay.strip());
            start = LocalTime.parse(overtimeStart == null ? "" : overtimeStart.strip());
            end = LocalTime.parse(overtimeEnd == null ? "" : overtimeEnd.strip());
        } catch (DateTimeParseException e) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "shifts.badTime");
            return;
        }
        Instant from = day.atTime(start).atZone(zone()).toInstant();
        Instant to = (end.isAfter(start) ? day : day.plusDays(1))
                .atTime(end)
                .atZone(zone())
                .toInstant();
        ShiftPlanning.Overtime overtime =
                new ShiftPlanning.Overtime(overtimeName, overtimeCrew, from, to, List.of(), overtimeDemand);
        change(
                () -> planning.addOvertime(line().orElseThrow().id(), overtime, actor()),
                "shifts.overtimeAdded",
                overtimeName);
    }

    public void cancelOvertime(long shiftId) {
        change(
                () -> {
                    planning.cancelOvertime(line().orElseThrow().id(), shiftId, actor());
                    return null;
                },
                "shifts.overtimeCancelled");
    }

    private interface Change {
        Object run();
    }

    private void change(Change change, String done, Object... values) {
        if (!isMayChange() || line().isEmpty()) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "shifts.needsEngineer");
            return;
        }
        try {
            change.run();
            days = null;
            Messages.show(faces, FacesMessage.SEVERITY_INFO, done, values);
        } catch (ShiftPlanningException e) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "shifts.refused", e.getMessage());
        } catch (StorageException e) {
            Messages.show(faces, FacesMessage.SEVERITY_ERROR, "page.storageFailed");
        }
    }

    private String actor() {
        return RequestIdentity.of(request()).map(Identity::name).orElseThrow();
    }

    public String getOvertimeName() {
        return overtimeName;
    }

    public void setOvertimeName(String overtimeName) {
        this.overtimeName = overtimeName;
    }

    public String getOvertimeCrew() {
        return overtimeCrew;
    }

    public void setOvertimeCrew(String overtimeCrew) {
        this.overtimeCrew = overtimeCrew;
    }

    public String getOvertimeDay() {
        return overtimeDay;
    }

    public void setOvertimeDay(String overtimeDay) {
        this.overtimeDay = overtimeDay;
    }

    public String getOvertimeStart() {
        return overtimeStart;
    }

    public void setOvertimeStart(String overtimeStart) {
        this.overtimeStart = overtimeStart;
    }

    public String getOvertimeEnd() {
        return overtimeEnd;
    }

    public void setOvertimeEnd(String overtimeEnd) {
        this.overtimeEnd = overtimeEnd;
    }

    public Integer getOvertimeDemand() {
        return overtimeDemand;
    }

    public void setOvertimeDemand(Integer overtimeDemand) {
        this.overtimeDemand = overtimeDemand;
    }
}
