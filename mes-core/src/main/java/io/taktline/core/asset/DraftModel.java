package io.taktline.core.asset;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A first asset model drafted from what a server's address space shows: the folders and objects
 * below the browse root become assets, one level per depth by the given rules (by default shop,
 * line, station, equipment), and their variables become tags with a role guessed from their names,
 * OPC 40001 Machinery names first. The draft is a model document for an engineer to review and
 * import (with a dry run first); it is never applied on its own.
 */
public final class DraftModel {

    /** A name pattern and the role a variable of that name plays. */
    private record RoleRule(Pattern name, TagRole role) {}

    private static final List<RoleRule> ROLES = List.of(
            // OPC 40001 Machinery: MachineryItemState (CurrentState) and MachineryOperationMode.
            new RoleRule(
                    Pattern.compile("(?i).*(machineryitemstate|itemstate|currentstate).*"),
                    TagRole.MACHINERY_ITEM_STATE),
            new RoleRule(Pattern.compile("(?i).*(^state$|statecode|vendorstate).*"), TagRole.STATE),
            new RoleRule(
                    Pattern.compile("(?i).*(operationmode|machineryoperationmode|^mode$).*"), TagRole.OPERATION_MODE),
            new RoleRule(Pattern.compile("(?i).*(good(count|parts)?|goodcounter).*"), TagRole.GOOD_COUNTER),
            new RoleRule(Pattern.compile("(?i).*(scrap|reject|nok).*"), TagRole.SCRAP_COUNTER),
            new RoleRule(
                    Pattern.compile("(?i).*(partcount|totalcount|partscount|piececount|counter|strokes).*"),
                    TagRole.PART_COUNTER),
            new RoleRule(Pattern.compile("(?i).*(faultcode|errorcode|alarmcode|fault).*"), TagRole.FAULT_CODE),
            new RoleRule(Pattern.compile("(?i).*(cycletime|lastcycle).*"), TagRole.CYCLE_TIME),
            new RoleRule(Pattern.compile("(?i).*andon.*"), TagRole.ANDON));

    private static final Pattern NOT_CODE = Pattern.compile("[^A-Za-z0-9_.-]");

    private DraftModel() {}

    /** The levels folders get by depth below the root: shop, line, station, equipment. */
    public static List<AssetLevel> defaultLevels() {
        return List.of(AssetLevel.AREA, AssetLevel.LINE, AssetLevel.WORK_CELL, AssetLevel.EQUIPMENT);
    }

    /** The role a variable of this name plays, guessed from OPC 40001 and common PLC names. */
    public static TagRole roleOf(String variableName, String dataType) {
        for (RoleRule rule : ROLES) {
            if (rule.name().matcher(variableName).matches()) {
                return rule.role();
            }
        }
        return TagRole.PROCESS_VALUE;
    }

    /**
     * Drafts a model document: an enterprise and a site (codes given), below them the browsed
     * objects by {@code levels}; variables become tags of the asset they sit in. Variables deeper
     * than the last level belong to the deepest asset above them.
     */
    public static String draft(
            String enterprise,
            String site,
            String endpointName,
            String endpointUrl,
            List<BrowsedNode> nodes,
            List<AssetLevel> levels) {
        Folder root = new Folder("", AssetLevel.SITE);
        for (BrowsedNode node : nodes) {
            int depth = node.variable() ? node.path().size() - 1 : node.path().size();
            Folder folder = root;
            for (int i = 0; i < Math.min(depth, levels.size()); i++) {
                AssetLevel level = levels.get(i);
                folder = folder.children.computeIfAbsent(code(node.path().get(i)), c -> new Folder(c, level));
            }
            if (node.variable()) {
                String name = String.join(
                        ".",
                        node.path()
                                .subList(
                                        Math.min(depth, levels.size()),
                                        node.path().size()));
                folder.tags.add(tag(name, node, endpointName));
            }
        }
        JsonObjectBuilder siteJson = Json.createObjectBuilder()
                .add("level", AssetLevel.SITE.name())
                .add("code", code(site))
                .add("name", site)
                .add("children", children(root));
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("schema", AssetModelDocument.SCHEMA)
                .add(
                        "endpoints",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", endpointName)
                                        .add("url", endpointUrl)))
                .add(
                        "assets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("level", AssetLevel.ENTERPRISE.name())
                                        .add("code", code(enterprise))
                                        .add("name", enterprise)
                                        .add(
                                                "children",
                                                Json.createArrayBuilder().add(siteJson))));
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(document.build());
        }
        return out.toString().strip() + "\n";
    }

    private static JsonObjectBuilder tag(String name, BrowsedNode node, String endpointName) {
        JsonObjectBuilder tag = Json.createObjectBuilder()
                .add("name", name)
                .add("role", roleOf(node.name(), node.dataType()).name())
                .add("endpoint", endpointName)
                .add("node", node.node().toString())
                .add("dataType", Optional.ofNullable(node.dataType()).orElse("BaseDataType"));
        if (node.unit() != null) {
            tag.add("unit", node.unit());
        }
        return tag;
    }

    private static JsonArrayBuilder children(Folder folder) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        int order = 1;
        for (Folder child : folder.children.values()) {
            JsonObjectBuilder asset = Json.createObjectBuilder()
                    .add("level", child.level.name())
                    .add("code", child.code)
                    .add("name", child.code)
                    .add("order", order++);
            if (!child.tags.isEmpty()) {
                JsonArrayBuilder tags = Json.createArrayBuilder();
                child.tags.forEach(tags::add);
                asset.add("tags", tags);
            }
            if (!child.children.isEmpty()) {
                asset.add("children", children(child));
            }
            array.add(asset);
        }
        return array;
    }

    static String code(String browseName) {
        String code = NOT_CODE.matcher(browseName.strip()).replaceAll("_");
        return code.isEmpty() || !Character.isLetterOrDigit(code.charAt(0)) ? "X" + code : code;
    }

    private static final class Folder {
        final String code;
        final AssetLevel level;
        final Map<String, Folder> children = new LinkedHashMap<>();
        final List<JsonObjectBuilder> tags = new ArrayList<>();

        Folder(String code, AssetLevel level) {
            this.code = code;
            this.level = level;
        }
    }
}
