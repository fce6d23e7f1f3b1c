package io.taktline.core.asset;

import io.taktline.core.document.LinedJson;
import io.taktline.core.state.EquipmentState;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An asset model as written in a JSON file (schema {@value #SCHEMA}, published as
 * {@code asset-model.schema.json} beside this class): equipment classes, OPC UA endpoints, and a
 * tree of assets with their tags. Parsing checks every field and names a wrong one by its line and
 * its place in the document, e.g. {@code line 41, assets[0].children[1].tags[2].role}.
 */
public record AssetModelDocument(
        List<ClassEntry> equipmentClasses, List<EndpointEntry> endpoints, List<AssetEntry> assets) {

    public static final String SCHEMA = "taktline-asset-model/1";

    public record ClassEntry(
            String code,
            String name,
            String description,
            Map<Integer, EquipmentState> stateMapping,
            List<TemplateEntry> tagTemplates,
            long line) {}

    public record TemplateEntry(
            String name, TagRole role, String dataType, String unit, int samplingIntervalMs, double deadband) {}

    public record EndpointEntry(String name, String url, boolean enabled, EndpointSecurity security, long line) {}

    public record AssetEntry(
            AssetLevel level,
            String code,
            String name,
            String description,
            int order,
            boolean active,
            String equipmentClass,
            Map<String, String> attributes,
            List<TagEntry> tags,
            List<AssetEntry> children,
            String at,
            long line) {}

    /** A tag; fields left out are taken from the asset class's tag template of the same name. */
    public record TagEntry(
            String name,
            TagRole role,
            String endpoint,
            NodeAddress node,
            String dataType,
            String unit,
            Integer samplingIntervalMs,
            Double deadband,
            boolean enabled,
            String at,
            long line) {}

    private static final Set<String> ROOT_FIELDS = Set.of("schema", "equipmentClasses", "endpoints", "assets");
    private static final Set<String> CLASS_FIELDS =
            Set.of("code", "name", "description", "stateMapping", "tagTemplates");
    private static final Set<String> TEMPLATE_FIELDS =
            Set.of("name", "role", "dataType", "unit", "samplingIntervalMs", "deadband");
    private static final Set<String> ENDPOINT_FIELDS = Set.of(
            "name",
            "url",
            "enabled",
            "securityPolicy",
            "securityMode",
            "identity",
            "user",
            "certificate",
            "passwordKey",
            "maxItemsPerSubscription");
    private static final Set<String> ASSET_FIELDS = Set.of(
            "level", "code", "name", "description", "order", "active", "class", "attributes", "tags", "children");
    private static final Set<String> TAG_FIELDS =
            Set.of("name", "role", "endpoint", "node", "dataType", "unit", "samplingIntervalMs", "deadband", "enabled");

    public static AssetModelDocument parse(Reader json) {
        JsonFields root = JsonFields.of(LinedJson.read(json, JsonFields.REFUSAL), "", ROOT_FIELDS);
        if (root.has("schema") && !SCHEMA.equals(root.text("schema"))) {
            throw new AssetModelException("line " + root.line() + ", schema: '" + root.text("schema")
                    + "' is not supported; this version of Taktline reads " + SCHEMA);
        }
        List<ClassEntry> classes = new ArrayList<>();
        List<LinedJson> classList = root.list("equipmentClasses");
        for (int i = 0; i < classList.size(); i++) {
            classes.add(equipmentClass(JsonFields.of(classList.get(i), "equipmentClasses[" + i + "]", CLASS_FIELDS)));
        }
        List<EndpointEntry> endpoints = new ArrayList<>();
        List<LinedJson> endpointList = root.list("endpoints");
        for (int i = 0; i < endpointList.size(); i++) {
            JsonFields e = JsonFields.of(endpointList.get(i), "endpoints[" + i + "]", ENDPOINT_FIELDS);
            endpoints.add(
                    new EndpointEntry(e.text("name"), e.text("url"), e.flag("enabled", true), security(e), e.line()));
        }
        return new AssetModelDocument(classes, endpoints, assets(root.list("assets"), "assets"));
    }

    /** One asset as sent to the API: its own fields and its tags; children are added one by one. */
    public static AssetEntry parseAsset(Reader json) {
        AssetEntry entry = asset(LinedJson.read(json, JsonFields.REFUSAL), "asset", 1);
        if (!entry.children().isEmpty()) {
            throw new AssetModelException("line " + entry.line() + ", asset.children: add children one at a time,"
                    + " or import a model document");
        }
        return entry;
    }

    /** One tag as sent to the API. */
    public static TagEntry parseTag(Reader json) {
        return tag(JsonFields.of(LinedJson.read(json, JsonFields.REFUSAL), "tag", TAG_FIELDS));
    }

    private static EndpointSecurity security(JsonFields e) {
        EndpointSecurity.Policy policy = e.has("securityPolicy")
                ? e.parsed("securityPolicy", text -> EndpointSecurity.Policy.valueOf(upper(text)))
                : null;
        EndpointSecurity.Mode mode = e.has("securityMode")
                ? e.parsed("securityMode", text -> EndpointSecurity.Mode.valueOf(upper(text)))
                : null;
        EndpointSecurity.Login login = e.has("identity")
                ? e.parsed("identity", text -> EndpointSecurity.Login.valueOf(upper(text)))
                : EndpointSecurity.Login.ANONYMOUS;
        try {
            return new EndpointSecurity(
                    policy,
                    mode,
                    login,
                    e.optionalText("user"),
                    e.optionalText("certificate"),
                    e.optionalText("passwordKey"),
                    e.integer("maxItemsPerSubscription", 5000));
        } catch (IllegalArgumentException problem) {
            throw new AssetModelException(
                    "line " + e.line() + ", " + e.at() + ": " + problem.getMessage(), e.line(), e.at());
        }
    }

    /** "Basic256Sha256", "SignAndEncrypt", "userName" as the enum constants BASIC256SHA256, SIGN_AND_ENCRYPT, USER_NAME. */
    private static String upper(String text) {
        return text.replaceAll("([a-z])([A-Z])", "$1_$2")
                .replace('-', '_')
                .toUpperCase(java.util.Locale.ROOT)
                .replace("BASIC256_SHA256", "BASIC256SHA256")
                .replace("AES128_SHA256_RSA_OAEP", "AES128_SHA256_RSAOAEP")
                .replace("AES256_SHA256_RSA_PSS", "AES256_SHA256_RSAPSS");
    }

    private static ClassEntry equipmentClass(JsonFields c) {
        Map<Integer, EquipmentState> mapping = new LinkedHashMap<>();
        c.strings("stateMapping").forEach((raw, state) -> {
            String at = JsonFields.path(c.at() + ".stateMapping", raw);
            try {
                mapping.put(Integer.parseInt(raw), EquipmentState.valueOf(state));
            } catch (IllegalArgumentException e) {
                throw new AssetModelException(
                        "line " + c.line() + ", " + at + ": map a whole-number raw code to one of "
                                + List.of(EquipmentState.values()) + ", found \"" + raw + "\": \"" + state + "\"",
                        c.line(),
                        at);
            }
        });
        List<TemplateEntry> templates = new ArrayList<>();
        List<LinedJson> list = c.list("tagTemplates");
        for (int i = 0; i < list.size(); i++) {
            JsonFields t = JsonFields.of(list.get(i), c.at() + ".tagTemplates[" + i + "]", TEMPLATE_FIELDS);
            templates.add(new TemplateEntry(
                    t.text("name"),
                    t.parsed("role", TagRole::parse),
                    t.parsed("dataType", TagDataType::check),
                    t.optionalText("unit"),
                    t.integer("samplingIntervalMs", 1000),
                    t.decimal("deadband", 0)));
        }
        return new ClassEntry(
                c.text("code"), c.text("name"), c.optionalText("description"), mapping, templates, c.line());
    }

    private static List<AssetEntry> assets(List<LinedJson> list, String at) {
        List<AssetEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(asset(list.get(i), at + "[" + i + "]", i + 1));
        }
        return entries;
    }

    private static AssetEntry asset(LinedJson value, String here, int defaultOrder) {
        JsonFields a = JsonFields.of(value, here, ASSET_FIELDS);
        List<TagEntry> tags = new ArrayList<>();
        List<LinedJson> tagList = a.list("tags");
        for (int t = 0; t < tagList.size(); t++) {
            tags.add(tag(JsonFields.of(tagList.get(t), here + ".tags[" + t + "]", TAG_FIELDS)));
        }
        return new AssetEntry(
                a.parsed("level", AssetLevel::parse),
                a.parsed("code", AssetCode::check),
                a.text("name"),
                a.optionalText("description"),
                a.integer("order", defaultOrder),
                a.flag("active", true),
                a.optionalText("class"),
                a.strings("attributes"),
                tags,
                assets(a.list("children"), here + ".children"),
                here,
                a.line());
    }

    private static TagEntry tag(JsonFields t) {
        return new TagEntry(
                t.text("name"),
                t.has("role") ? t.parsed("role", TagRole::parse) : null,
                t.text("endpoint"),
                t.parsed("node", NodeAddress::parse),
                t.has("dataType") ? t.parsed("dataType", TagDataType::check) : null,
                t.optionalText("unit"),
                t.has("samplingIntervalMs") ? t.integer("samplingIntervalMs", 1000) : null,
                t.has("deadband") ? t.decimal("deadband", 0) : null,
                t.flag("enabled", true),
                t.at(),
                t.line());
    }
}
