package io.taktline.web.interfaces.downtime;

import io.taktline.core.access.Identity;
import io.taktline.core.access.Role;
import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.ModelSnapshot;
import io.taktline.core.downtime.AutomaticReason;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.DowntimeException;
import io.taktline.core.downtime.DowntimeReason;
import io.taktline.core.downtime.ReasonCategory;
import io.taktline.core.downtime.ReasonTree;
import io.taktline.core.downtime.StopId;
import io.taktline.core.downtime.StopNotFoundException;
import io.taktline.core.downtime.StoredStop;
import io.taktline.web.interfaces.page.Messages;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The operator's downtime page, {@code downtime.xhtml}: the stops of a part of the plant
 * ({@code asset}, default the whole plant) in the last hours ({@code hours}: 8, 24 or 168), those
 * awaiting a reason by default ({@code view=all} for every stop, micro-stops grouped per station).
 * A stop chosen ({@code stop}) opens the picker: the station's most frequent reasons first, then
 * the tree by category; a comment; a split time. Stops ticked in the list are merged. A VIEWER
 * reads it all; changes need an OPERATOR, checked here on every change, and go through the downtime
 * service, which audits them.
 */
@Named
@RequestScoped
public class DowntimePage {

    /** The periods the page offers, in hours. */
    static final List<Integer> PERIODS = List.of(8, 24, 168);

    private static final int FREQUENT = 6;
    private static final Duration FREQUENT_SPAN = Duration.ofDays(30);

    @Inject
    Downtime downtime;

    @Inject
    PlantModel plantModel;

    @Inject
    PlantConfiguration configuration;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private ModelSnapshot model;
    private Optional<AssetView> scope;
    private List<StopRows.Stop> stops;
    private Optional<StopRows.Stop> selected;
    private String comment;
    private String splitAt;

    /** A reason of the picker. */
    public record Choice(String code, String name, ReasonCategory category) {}

    /** A reason with reasons beneath it: the picker folds them under it (a tap opens the group). */
    public record Group(Choice head, List<Choice> members) {}

    /**
     * A category of the tree: its root and the reasons right below it that have none beneath them,
     * then the groups (a reason below the root with the reasons beneath it, however deep).
     */
    public record Section(ReasonCategory category, List<Choice> direct, List<Group> groups) {}

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private ModelSnapshot model() {
        if (model == null) {
            model = plantModel.snapshot();
        }
        return model;
    }

    private Optional<Long> number(String name) {
        String value = request().getParameter(name);
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.strip()));
    }

    /** The part of the plant the page lists, empty for the whole plant. */
    public Optional<AssetView> scope() {
        if (scope == null) {
            scope = number("asset").flatMap(id -> model().asset(id));
        }
        return scope;
    }

    public AssetView getScopeAsset() {
        return scope().orElse(null);
    }

    /** The listed asset's id, 0 for the whole plant. */
    public long getScopeId() {
        return scope().map(AssetView::id).orElse(0L);
    }

    /** The {@code asset} parameter named no asset of the model (the page says so and lists the plant). */
    public boolean isUnknownScope() {
        String asked = request().getParameter("asset");
        return asked != null && !asked.isBlank() && scope().isEmpty();
    }

    public boolean isAll() {
        return "all".equals(request().getParameter("view"));
    }

    public int getHours() {
        return number("hours").map(Long::intValue).filter(PERIODS::contains).orElse(PERIODS.get(0));
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public ZoneId getZone() {
        return configuration.plantZone();
    }

    /** The stops the page lists, as rows. */
    public List<StopRows.Row> getRows() {
        return StopRows.of(stops());
    }

    public int getCount() {
        return stops().size();
    }

    private List<StopRows.Stop> stops() {
        if (stops == null) {
            Instant now = clock.instant();
            List<Long> ids = new ArrayList<>();
            scope().ifPresentOrElse(
                            top -> {
                                ids.add(top.id());
                                model().descendants(top).forEach(a -> ids.add(a.id()));
                            },
                            () -> model().assets().forEach(a -> ids.add(a.id())));
            List<StoredStop> found = downtime.stops(ids, now.minus(Duration.ofHours(getHours())), now, !isAll());
            stops = rows(found, now);
        }
        return stops;
    }

    private List<StopRows.Stop> rows(List<StoredStop> found, Instant now) {
        ReasonTree tree = downtime.reasons();
        String micro = tree.automatic(AutomaticReason.MICRO_STOP).code();
        Map<Long, Long> lineOf = new HashMap<>();
        for (StoredStop stop : found) {
            model().asset(stop.assetId())
                    .flatMap(model()::lineOf)
                    .ifPresent(line -> lineOf.put(stop.assetId(), line.id()));
        }
        Map<StopId, String> shifts = found.isEmpty() ? Map.of() : downtime.shiftNames(found, lineOf);
        ZoneId zone = getZone();
        List<StopRows.Stop> rows = new ArrayList<>();
        for (StoredStop stop : found) {
            rows.add(StopRows.stop(stop, model(), micro, shifts.get(stop.id()), now, zone));
        }
        return rows;
    }

    /** The stop chosen for the picker, if the {@code stop} parameter names one. */
    public Optional<StopRows.Stop> selected() {
        if (selected == null) {
            selected = number("stop").flatMap(id -> {
                try {
                    StoredStop stop = downtime.stop(new StopId(id));
                    return rows(List.of(stop), clock.instant()).stream().findFirst();
                } catch (StopNotFoundException | IllegalArgumentException e) {
                    return Optional.empty();
                }
            });
        }
        return selected;
    }

    public StopRows.Stop getSelected() {
        return selected().orElse(null);
    }

    /** The reasons operators gave most often at the chosen stop's asset in the last 30 days. */
    public List<Choice> getFrequent() {
        Instant now = clock.instant();
        return selected()
                .map(stop -> downtime.frequentReasons(stop.assetId(), now.minus(FREQUENT_SPAN), now, FREQUENT).stream()
                        .map(DowntimePage::choice)
                        .toList())
                .orElse(List.of());
    }

    /** The reason tree by category, in the categories' order. */
    public List<Section> getSections() {
        ReasonTree tree = downtime.reasons();
        List<Section> sections = new ArrayList<>();
        for (ReasonCategory category : ReasonCategory.values()) {
            List<Choice> direct = new ArrayList<>();
            List<Group> groups = new ArrayList<>();
            for (DowntimeReason root : tree.reasons()) {
                if (root.parentCode() != null || root.category() != category) {
                    continue;
                }
                direct.add(choice(root));
                for (DowntimeReason child : childrenOf(tree, root)) {
                    List<Choice> below = new ArrayList<>();
                    descendants(tree, child, below);
                    if (below.isEmpty()) {
                        direct.add(choice(child));
                    } else {
                        groups.add(new Group(choice(child), List.copyOf(below)));
                    }
                }
            }
            if (!direct.isEmpty() || !groups.isEmpty()) {
                sections.add(new Section(category, List.copyOf(direct), List.copyOf(groups)));
            }
        }
        return sections;
    }

    private static Choice choice(DowntimeReason reason) {
        return new Choice(reason.code(), reason.name(), reason.category());
    }

    private static List<DowntimeReason> childrenOf(ReasonTree tree, DowntimeReason parent) {
        return tree.reasons().stream()
                .filter(r -> parent.code().equals(r.parentCode()))
                .toList();
    }

    private static void descendants(ReasonTree tree, DowntimeReason parent, List<Choice> into) {
        for (DowntimeReason child : childrenOf(tree, parent)) {
            into.add(choice(child));
            descendants(tree, child, into);
        }
    }

    public String getComment() {
        if (comment == null) {
            comment = selected().map(StopRows.Stop::comment).orElse("");
        }
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getSplitAt() {
        return splitAt;
    }

    public void setSplitAt(String splitAt) {
        this.splitAt = splitAt;
    }

    public int getMaxComment() {
        return Downtime.MAX_COMMENT_LENGTH;
    }

    /** The chosen stop gets the reason; back to the list. */
    public String classify(String reasonCode) {
        return onSelected(stop -> {
            downtime.classify(new StopId(stop.id()), reasonCode, actor());
            Messages.show(faces, FacesMessage.SEVERITY_INFO, "downtime.classified", stop.station(), stop.start());
        });
    }

    public String saveComment() {
        return onSelected(stop -> {
            downtime.comment(new StopId(stop.id()), getComment(), actor());
            Messages.show(faces, FacesMessage.SEVERITY_INFO, "downtime.commented", stop.station(), stop.start());
        });
    }

    /**
     * Splits the chosen stop at the time of day given (HH:mm or HH:mm:ss, the plant's zone): on the
     * stop's first day, or the next when that is before the stop began (a stop over midnight).
     */
    public String split() {
        return onSelected(stop -> {
            LocalTime time;
            try {
                time = LocalTime.parse(splitAt == null ? "" : splitAt.strip());
            } catch (DateTimeParseException e) {
                throw new DowntimeException("split time '" + (splitAt == null ? "" : splitAt)
                        + "' is not a time of day; give it as HH:mm:ss, e.g. 14:05:30");
            }
            ZoneId zone = getZone();
            LocalDate day = stop.startInstant().atZone(zone).toLocalDate();
            Instant at = day.atTime(time).atZone(zone).toInstant();
            if (at.isBefore(stop.startInstant())) {
                at = day.plusDays(1).atTime(time).atZone(zone).toInstant();
            }
            downtime.split(new StopId(stop.id()), at, actor());
            Messages.show(faces, FacesMessage.SEVERITY_INFO, "downtime.split", stop.station(), time.toString());
        });
    }

    /** Merges the stops ticked in the list ({@code merge} values) into the earliest. */
    public String merge() {
        String[] ticked = request().getParameterValues("merge");
        List<StopId> ids = new ArrayList<>();
        for (String id : ticked == null ? new String[0] : ticked) {
            if (id.matches("[0-9]{1,18}") && Long.parseLong(id) > 0) {
                ids.add(new StopId(Long.parseLong(id)));
            }
        }
        if (ids.size() < 2 && isMayChange()) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "downtime.mergeTwo");
            return null;
        }
        return done(() -> {
            downtime.merge(ids, actor());
            Messages.show(faces, FacesMessage.SEVERITY_INFO, "downtime.merged", ids.size());
        });
    }

    private String onSelected(Consumer<StopRows.Stop> step) {
        Optional<StopRows.Stop> stop = selected();
        if (stop.isEmpty()) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "downtime.noStop");
            return null;
        }
        return done(() -> step.accept(stop.get()));
    }

    /** Does a change; on success back to the list (the messages kept), on a refusal stays and says why. */
    private String done(Runnable change) {
        if (!isMayChange()) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "downtime.needsOperator");
            return null;
        }
        try {
            change.run();
        } catch (DowntimeException e) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "downtime.refused", e.getMessage());
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "downtime?faces-redirect=true" + listParameters();
    }

    /** The list's parameters, for links and the redirect after a change. */
    public String listParameters() {
        StringBuilder parameters = new StringBuilder();
        scope().ifPresent(a -> parameters.append("&asset=").append(a.id()));
        if (isAll()) {
            parameters.append("&view=all");
        }
        parameters.append("&hours=").append(getHours());
        return parameters.toString();
    }

    /** The link to the list with one parameter changed. */
    public String link(String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        scope().ifPresent(a -> parameters.put("asset", String.valueOf(a.id())));
        if (isAll()) {
            parameters.put("view", "all");
        }
        parameters.put("hours", String.valueOf(getHours()));
        if (value == null || value.isEmpty()) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        StringBuilder link = new StringBuilder("downtime.xhtml");
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            link.append(separator).append(p.getKey()).append('=').append(p.getValue());
            separator = '&';
        }
        return link.toString();
    }

    /** The lines of the plant, for the scope chooser. */
    public List<AssetView> getLines() {
        return model().assets().stream()
                .filter(a -> a.level() == AssetLevel.LINE)
                .sorted((a, b) -> a.path().compareTo(b.path()))
                .toList();
    }

    /** Whether the reader may change stops: an OPERATOR or above (a VIEWER reads them). */
    public boolean isMayChange() {
        return RequestIdentity.of(request())
                .map(i -> i.role().includes(Role.OPERATOR))
                .orElse(false);
    }

    private String actor() {
        return RequestIdentity.of(request())
                .map(Identity::name)
                .orElseThrow(() -> new IllegalStateException("the downtime page is served to signed-in users only"));
    }
}
