package io.taktline.web.plant;

import io.taktline.core.asset.AssetLevel;
import io.taktline.core.asset.AssetModel;
import io.taktline.core.asset.AssetNotFoundException;
import io.taktline.core.asset.AssetView;
import io.taktline.core.asset.TagRole;
import io.taktline.core.oee.AssetKpis;
import io.taktline.core.state.StateInterval;
import io.taktline.web.plant.PlantRuntime.ModelSnapshot;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The KPIs of any asset of the model: an equipment or station with a STATE tag from its own events,
 * a line, shop, site or enterprise from the sums over the stations beneath it (or, where a unit has
 * no station with a STATE tag, its equipment). The REST API and the ground-truth test both ask here.
 */
public final class UnitKpis {

    /** The asset attribute that gives its ideal cycle time in seconds (PRI), for effectiveness and OEE. */
    public static final String IDEAL_CYCLE_TIME = "idealCycleTimeSeconds";

    private final AssetKpis kpis;
    private final AssetModel model;
    private final Supplier<ModelSnapshot> snapshot;

    UnitKpis(AssetKpis kpis, AssetModel model, Supplier<ModelSnapshot> snapshot) {
        this.kpis = kpis;
        this.model = model;
        this.snapshot = snapshot;
    }

    /**
     * @throws AssetNotFoundException when there is no such asset
     * @throws IllegalArgumentException when the asset has no unit with a STATE tag beneath it, or an
     *     ideal cycle time attribute is not a number
     */
    public AssetKpis.Report of(long assetId, Instant from, Instant to, List<StateInterval> plannedBreaks)
            throws SQLException {
        return kpis.ofUnit(assetId, members(assetId), from, to, plannedBreaks);
    }

    /** The stations (or equipment) whose events make up the asset's figures. */
    public List<AssetKpis.Member> members(long assetId) {
        ModelSnapshot current = snapshot.get();
        AssetView asset = current.assets().stream()
                .filter(a -> a.id() == assetId)
                .findFirst()
                .orElseThrow(() -> new AssetNotFoundException("no asset with id " + assetId));
        Set<Long> withState = current.tags().stream()
                .filter(t -> t.role() == TagRole.STATE)
                .map(t -> t.assetId())
                .collect(Collectors.toSet());
        List<AssetView> units;
        if (withState.contains(assetId)) {
            units = List.of(asset);
        } else {
            List<AssetView> below = descendants(current, asset);
            units = below.stream()
                    .filter(a -> a.level() == AssetLevel.WORK_CELL && withState.contains(a.id()))
                    .toList();
            if (units.isEmpty()) {
                units = below.stream()
                        .filter(a -> a.level() == AssetLevel.EQUIPMENT && withState.contains(a.id()))
                        .toList();
            }
        }
        if (units.isEmpty()) {
            throw new IllegalArgumentException("asset '" + asset.path()
                    + "' has no station or equipment with a STATE tag, so its time cannot be split;"
                    + " bind a STATE tag to its stations or ask for another asset");
        }
        List<AssetKpis.Member> members = new ArrayList<>();
        for (AssetView unit : units) {
            members.add(new AssetKpis.Member(unit.id(), idealCycleTime(unit)));
        }
        return members;
    }

    private Duration idealCycleTime(AssetView unit) {
        String ideal = model.attributes(unit.id()).get(IDEAL_CYCLE_TIME);
        if (ideal == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(ideal);
            if (!(seconds > 0)) {
                throw new NumberFormatException();
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("asset '" + unit.path() + "' has attribute " + IDEAL_CYCLE_TIME + " = '"
                    + ideal + "', not a positive number of seconds; fix it in the asset model");
        }
    }

    private static List<AssetView> descendants(ModelSnapshot model, AssetView root) {
        Map<Long, List<AssetView>> children = model.assets().stream()
                .filter(a -> a.parentId() != null)
                .collect(Collectors.groupingBy(AssetView::parentId));
        List<AssetView> found = new ArrayList<>();
        List<AssetView> frontier = List.of(root);
        while (!frontier.isEmpty()) {
            List<AssetView> next = new ArrayList<>();
            for (AssetView parent : frontier) {
                next.addAll(children.getOrDefault(parent.id(), List.of()));
            }
            found.addAll(next);
            frontier = next;
        }
        return found;
    }
}
