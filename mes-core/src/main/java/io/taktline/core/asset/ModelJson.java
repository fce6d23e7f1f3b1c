package io.taktline.core.asset;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON form of each part of the asset model, exactly as a model document writes it: used by
 * the export, and by the audit trail for the values before and after a change.
 */
final class ModelJson {

    private ModelJson() {}

    static JsonObjectBuilder endpoint(OpcUaEndpoint endpoint) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", endpoint.name())
                .add("url", endpoint.url())
                .add("enabled", endpoint.enabled());
        EndpointSecurity security = endpoint.security();
        if (security.policy() != null) {
            json.add("securityPolicy", security.policy().name());
        }
        if (security.mode() != null) {
            json.add("securityMode", security.mode().name());
        }
        if (security.login() != EndpointSecurity.Login.ANONYMOUS) {
            json.add("identity", security.login().name());
        }
        optional(json, "user", security.userName());
        optional(json, "certificate", security.certificateFile());
        optional(json, "passwordKey", security.passwordKey());
        if (security.maxItemsPerSubscription() != 5000) {
            json.add("maxItemsPerSubscription", security.maxItemsPerSubscription());
        }
        return json;
    }

    static JsonObjectBuilder equipmentClass(EquipmentClass equipmentClass) {
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("code", equipmentClass.code()).add("name", equipmentClass.name());
        optional(json, "description", equipmentClass.description());
        JsonObjectBuilder mapping = Json.createObjectBuilder();
        new TreeMap<>(equipmentClass.stateMapping().codes())
                .forEach((raw, state) -> mapping.add(String.valueOf(raw), state.name()));
        json.add("stateMapping", mapping);
        var templates = Json.createArrayBuilder();
        for (TagTemplate template : equipmentClass.tagTemplates()) {
            JsonObjectBuilder t = Json.createObjectBuilder()
                    .add("name", template.name())
                    .add("role", template.role().name())
                    .add("dataType", template.dataType());
            optional(t, "unit", template.unit());
            templates.add(
                    t.add("samplingIntervalMs", template.samplingIntervalMs()).add("deadband", template.deadband()));
        }
        return json.add("tagTemplates", templates);
    }

    /** The asset's own fields, without its tags and children. */
    static JsonObjectBuilder asset(Asset asset) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("level", asset.level().name())
                .add("code", asset.code())
                .add("name", asset.name());
        optional(json, "description", asset.description());
        json.add("order", asset.sortOrder());
        if (!asset.active()) {
            json.add("active", false);
        }
        if (asset.equipmentClass() != null) {
            json.add("class", asset.equipmentClass().code());
        }
        Map<String, String> attributes = asset.attributes();
        if (!attributes.isEmpty()) {
            JsonObjectBuilder a = Json.createObjectBuilder();
            new TreeMap<>(attributes).forEach(a::add);
            json.add("attributes", a);
        }
        return json;
    }

    static JsonObjectBuilder tag(Tag tag) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("name", tag.name())
                .add("role", tag.role().name())
                .add("endpoint", tag.endpoint().name())
                .add("node", tag.node().toString())
                .add("dataType", tag.dataType());
        optional(json, "unit", tag.unit());
        json.add("samplingIntervalMs", tag.samplingIntervalMs());
        if (tag.deadband() != 0) {
            json.add("deadband", tag.deadband());
        }
        if (!tag.enabled()) {
            json.add("enabled", false);
        }
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
