package io.taktline.web.interfaces.downtime;

import io.taktline.core.access.Identity;
import io.taktline.core.downtime.Downtime;
import io.taktline.core.downtime.DowntimeException;
import io.taktline.core.downtime.StopId;
import io.taktline.core.storage.StorageException;
import io.taktline.web.interfaces.page.Messages;
import io.taktline.web.interfaces.security.RequestIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the downtime page changes: the chosen stop's reason, comment and split, and the merge of the
 * ticked stops. Each change is checked here to be an OPERATOR's (a VIEWER reads the page) and goes
 * through the downtime service, which audits it; on success the page goes back to its list with
 * the message kept, on a refusal it stays and says why.
 */
@Named
@RequestScoped
public class DowntimeActions {

    @Inject
    DowntimePage page;

    @Inject
    Downtime downtime;

    @Inject
    FacesContext faces;

    private String comment;
    private String splitAt;

    public String getComment() {
        if (comment == null) {
            comment = page.selected().map(StopRows.Stop::comment).orElse("");
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
            ZoneId zone = page.getZone();
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
        String[] ticked = page.request().getParameterValues("merge");
        List<StopId> ids = new ArrayList<>();
        for (String id : ticked == null ? new String[0] : ticked) {
            if (id.matches("[0-9]{1,18}") && Long.parseLong(id) > 0) {
                ids.add(new StopId(Long.parseLong(id)));
            }
        }
        if (ids.size() < 2 && page.isMayChange()) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "downtime.mergeTwo");
            return null;
        }
        return done(() -> {
            downtime.merge(ids, actor());
            Messages.show(faces, FacesMessage.SEVERITY_INFO, "downtime.merged", ids.size());
        });
    }

    private String onSelected(Consumer<StopRows.Stop> step) {
        Optional<StopRows.Stop> stop = page.selected();
        if (stop.isEmpty()) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "downtime.noStop");
            return null;
        }
        return done(() -> step.accept(stop.get()));
    }

    /** Does a change; on success back to the list (the messages kept), on a refusal stays and says why. */
    private String done(Runnable change) {
        if (!page.isMayChange()) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "downtime.needsOperator");
            return null;
        }
        try {
            change.run();
        } catch (DowntimeException e) {
            Messages.show(faces, FacesMessage.SEVERITY_WARN, "downtime.refused", e.getMessage());
            return null;
        } catch (StorageException e) {
            Messages.show(faces, FacesMessage.SEVERITY_ERROR, "page.storageFailed");
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "downtime?faces-redirect=true" + page.listParameters();
    }

    private String actor() {
        return RequestIdentity.of(page.request())
                .map(Identity::name)
                .orElseThrow(() -> new IllegalStateException("the downtime page is served to signed-in users only"));
    }
}
