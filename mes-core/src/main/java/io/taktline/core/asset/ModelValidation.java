package io.taktline.core.asset;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a stored model for what keeps it from working: bindings that lead nowhere, a node bound
 * twice, and stations that lack the tags OEE is computed from.
 */
public final class ModelValidation {

    public enum Severity {
        /** The model gives wrong or no figures until it is fixed. */
        ERROR,
        /** A figure will be missing, e.g. the quality ratio of a station without good or scrap counts. */
        WARNING
    }

    public record Finding(Severity severity, String path, String message) {}

    private ModelValidation() {}

    /**
     * @param tagFailures what the connectors report for tags they cannot read (tag id to message), so
     *     that a node the server does not know shows here as a dangling binding
     */
    public static List<Finding> of(List<TagView> tags, List<AssetView> assets, Map<Long, String> tagFailures) {
        List<Finding> findings = new ArrayList<>();
        Map<String, TagView> byNode = new HashMap<>();
        Map<Long, Set<TagRole>> rolesByAsset = new HashMap<>();
        for (TagView tag : tags) {
            String where = tag.assetPath() + "#" + tag.name();
            rolesByAsset
                    .computeIfAbsent(tag.assetId(), id -> EnumSet.noneOf(TagRole.class))
                    .add(tag.role());
            String failure = tagFailures.get(tag.id());
            if (failure != null) {
                findings.add(new Finding(Severity.ERROR, where, "dangling binding: " + failure));
            }
            TagView other = byNode.putIfAbsent(tag.endpointUrl() + "|" + tag.node(), tag);
            if (other != null) {
                findings.add(new Finding(
                        Severity.ERROR,
                        where,
                        "node " + tag.node() + " at " + tag.endpointUrl() + " is also bound by " + other.assetPath()
                                + "#" + other.name() + "; bind each node once"));
            }
        }
        // A station's tags include those of its equipment: counters often sit on the machine, not the cell.
        Map<Long, AssetView> byId = new HashMap<>();
        Map<String, AssetView> byPath = new HashMap<>();
        assets.forEach(a -> {
            byId.put(a.id(), a);
            byPath.put(a.path(), a);
        });
        Map<String, Set<TagRole>> rolesByStation = new HashMap<>();
        rolesByAsset.forEach((assetId, roles) -> {
            AssetView owner = byId.get(assetId);
            for (String path = owner == null ? null : owner.path(); path != null; path = parentPath(path)) {
                AssetView above = byPath.get(path);
                if (above != null && above.level() == AssetLevel.WORK_CELL) {
                    rolesByStation
                            .computeIfAbsent(path, p -> EnumSet.noneOf(TagRole.class))
                            .addAll(roles);
                    break;
                }
            }
        });
        for (AssetView asset : assets) {
            if (asset.level() != AssetLevel.WORK_CELL || !asset.active()) {
                continue;
            }
            Set<TagRole> roles = rolesByStation.getOrDefault(asset.path(), Set.of());
            if (!roles.contains(TagRole.STATE)) {
                findings.add(new Finding(
                        Severity.ERROR,
                        asset.path(),
                        "no STATE tag: availability and downtime cannot be computed for this station"));
            }
            if (!roles.contains(TagRole.PART_COUNTER)) {
                findings.add(new Finding(
                        Severity.ERROR,
                        asset.path(),
                        "no PART_COUNTER tag: cycles, takt adherence and performance cannot be computed"));
            }
            if (!roles.contains(TagRole.GOOD_COUNTER) && !roles.contains(TagRole.SCRAP_COUNTER)) {
                findings.add(new Finding(
                        Severity.WARNING,
                        asset.path(),
                        "no GOOD_COUNTER or SCRAP_COUNTER tag: the quality ratio is taken as 100 %"));
            }
        }
        return findings;
    }

    private static String parentPath(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }
}
