package io.taktline.core.downtime;

import io.taktline.core.document.LinedJson;
import io.taktline.core.document.LinedJson.Arr;
import io.taktline.core.document.LinedJson.Num;
import io.taktline.core.document.LinedJson.Obj;
import io.taktline.core.document.LinedJson.Text;
import jakarta.json.Json;
import java.io.Reader;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The reason tree as a JSON document ({@value #SCHEMA}): what {@code GET /api/v1/downtime/reasons}
 * answers and {@code PUT} takes. A document with a mistake is refused as a whole, naming the line and
 * the field ({@code line 12, reasons[3].parent}) and what to write instead.
 *
 * <pre>
 * {"schema": "taktline-reason-tree/1",
 *  "reasons": [{"code": "UNPLANNED", "name": "Unplanned stop", "category": "UNPLANNED"},
 *              {"code": "ELECTRICAL", "name": "Electrical", "parent": "UNPLANNED"}],
 *  "faultCodes": [{"faultCode": 1010, "reason": "ELECTRICAL"},
 *                 {"faultCode": 7, "equipmentClass": "KR210", "reason": "ELECTRICAL"}],
 *  "automatic": {"PLANNED_STOP": "BREAK", "CHANGEOVER": "DIE_CHANGE"}}
 * </pre>
 *
 * A child's category is its parent's (it may be left out); parents are listed before their
 * children; a rule left out of {@code automatic} gives its own reason ({@link AutomaticReason}).
 */
public final class ReasonTreeDocument {

    public static final String SCHEMA = "taktline-reason-tree/1";

    private ReasonTreeDocument() {}

    /** Reads a document into a complete tree; throws a {@link DowntimeException} naming line and field. */
    public static ReasonTree read(Reader json) {
        Obj document = object(
                LinedJson.read(json, (message, line) -> new DowntimeException(message, line, null)),
                "",
                Set.of("schema", "reasons", "faultCodes", "automatic"));
        String schema = optionalText(document, "", "schema");
        if (schema != null && !schema.equals(SCHEMA)) {
            throw error(document.fields().get("schema"), "schema", "is '" + schema + "'; this is " + SCHEMA);
        }
        ReasonTree tree = new ReasonTree();
        // The document replaces the whole tree: a list left out would remove every reason or mapping.
        List<LinedJson> reasons = requiredList(document, "reasons");
        for (int i = 0; i < reasons.size(); i++) {
            addReason(tree, reasons.get(i), "reasons[" + i + "]");
        }
        List<LinedJson> faults = requiredList(document, "faultCodes");
        for (int i = 0; i < faults.size(); i++) {
            String at = "faultCodes[" + i + "]";
            Obj mapping = object(faults.get(i), at, Set.of("faultCode", "equipmentClass", "reason"));
            int code = integer(mapping, at, "faultCode");
            String equipmentClass = optionalText(mapping, at, "equipmentClass");
            String reason = text(mapping, at, "reason");
            applying(mapping.fields().get("reason"), at + ".reason", () -> tree.mapFault(code, equipmentClass, reason));
        }
        LinedJson automatic = document.fields().get("automatic");
        if (automatic != null && !LinedJson.isNull(automatic)) {
            Obj rules = object(automatic, "automatic", names());
            for (String rule : rules.fields().keySet()) {
                String reason = text(rules, "automatic", rule);
                applying(
                        rules.fields().get(rule),
                        "automatic." + rule,
                        () -> tree.assign(AutomaticReason.valueOf(rule), reason));
            }
        }
        applying(document, "automatic", tree::complete);
        return tree;
    }

    /** The tree as a document that {@link #read} reads back to the same tree. */
    public static String write(ReasonTree tree) {
        StringBuilder out = new StringBuilder("{\n  \"schema\": \"" + SCHEMA + "\",\n  \"reasons\": [");
        StringJoiner reasons = new StringJoiner(",");
        for (DowntimeReason r : tree.reasons()) {
            reasons.add("\n    {\"code\": " + quote(r.code()) + ", \"name\": " + quote(r.name()) + ", \"category\": \""
                    + r.category() + "\"" + (r.parentCode() == null ? "" : ", \"parent\": " + quote(r.parentCode()))
                    + "}");
        }
        out.append(reasons).append("\n  ],\n  \"faultCodes\": [");
        StringJoiner faults = new StringJoiner(",");
        for (ReasonTree.FaultMapping m : tree.faultMappings()) {
            faults.add("\n    {\"faultCode\": " + m.faultCode()
                    + (m.equipmentClass() == null ? "" : ", \"equipmentClass\": " + quote(m.equipmentClass()))
                    + ", \"reason\": " + quote(m.reasonCode()) + "}");
        }
        out.append(faults).append("\n  ],\n  \"automatic\": {");
        StringJoiner rules = new StringJoiner(",");
        tree.automaticReasons().forEach((rule, code) -> rules.add("\n    \"" + rule + "\": " + quote(code)));
        return out.append(rules).append("\n  }\n}\n").toString();
    }

    private static void addReason(ReasonTree tree, LinedJson node, String at) {
        Obj reason = object(node, at, Set.of("code", "name", "category", "parent"));
        String code = text(reason, at, "code");
        String name = text(reason, at, "name");
        String parent = optionalText(reason, at, "parent");
        if (parent != null && tree.find(parent).isEmpty()) {
            throw error(
                    reason.fields().get("parent"),
                    at + ".parent",
                    "names '" + parent + "' that is not listed before it; list a parent before its children");
        }
        ReasonCategory category;
        if (optionalText(reason, at, "category") != null) {
            String text = text(reason, at, "category");
            category = Arrays.stream(ReasonCategory.values())
                    .filter(c -> c.name().equalsIgnoreCase(text))
                    .findFirst()
                    .orElseThrow(() -> error(
                            reason.fields().get("category"),
                            at + ".category",
                            "'" + text + "' is not a category; use one of "
                                    + Arrays.toString(ReasonCategory.values())));
        } else if (parent != null) {
            category = tree.find(parent).orElseThrow().category();
        } else {
            throw error(
                    reason,
                    at + ".category",
                    "missing; a reason without a parent needs one of " + Arrays.toString(ReasonCategory.values()));
        }
        applying(reason.fields().get("code"), at, () -> tree.add(new DowntimeReason(code, name, category, parent)));
    }

    private static void applying(LinedJson place, String at, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            throw error(place, at, e.getMessage());
        }
    }

    private static Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (AutomaticReason rule : AutomaticReason.values()) {
            names.add(rule.name());
        }
        return names;
    }

    private static Obj object(LinedJson node, String at, Set<String> allowed) {
        if (!(node instanceof Obj object)) {
            throw error(node, at.isEmpty() ? "the document" : at, "expected an object, found " + LinedJson.kind(node));
        }
        for (Map.Entry<String, LinedJson> field : object.fields().entrySet()) {
            if (!allowed.contains(field.getKey())) {
                throw error(
                        field.getValue(), path(at, field.getKey()), "unknown field; the fields here are " + allowed);
            }
        }
        return object;
    }

    private static List<LinedJson> requiredList(Obj document, String name) {
        if (!document.fields().containsKey(name)) {
            throw error(
                    document,
                    name,
                    "missing; the document replaces the whole tree, so give every " + name
                            + " (GET /api/v1/downtime/reasons answers the current ones to edit), or [] for none");
        }
        return list(document, "", name);
    }

    private static List<LinedJson> list(Obj object, String at, String name) {
        LinedJson value = object.fields().get(name);
        if (value == null || LinedJson.isNull(value)) {
            return List.of();
        }
        if (!(value instanceof Arr array)) {
            throw error(value, path(at, name), "expected a list, found " + LinedJson.kind(value));
        }
        return array.items();
    }

    private static String text(Obj object, String at, String name) {
        LinedJson value = object.fields().get(name);
        if (value == null || LinedJson.isNull(value)) {
            throw error(object, path(at, name), "missing; give it as a string");
        }
        if (!(value instanceof Text scalar)) {
            throw error(value, path(at, name), "expected a string, found " + LinedJson.kind(value));
        }
        String text = scalar.value();
        if (text.isBlank()) {
            throw error(value, path(at, name), "empty; give it a value");
        }
        return text.strip();
    }

    private static String optionalText(Obj object, String at, String name) {
        LinedJson value = object.fields().get(name);
        return value == null || LinedJson.isNull(value) ? null : text(object, at, name);
    }

    private static int integer(Obj object, String at, String name) {
        LinedJson value = object.fields().get(name);
        if (value == null || LinedJson.isNull(value)) {
            throw error(object, path(at, name), "missing; give it as a whole number");
        }
        if (!(value instanceof Num scalar)) {
            throw error(value, path(at, name), "expected a whole number, found " + LinedJson.kind(value));
        }
        try {
            return scalar.value().intValueExact();
        } catch (ArithmeticException e) {
            throw error(value, path(at, name), scalar.value() + " is not a whole number in the range of a PLC's Int32");
        }
    }

    private static String path(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private static DowntimeException error(LinedJson node, String at, String message) {
        return new DowntimeException("line " + node.line() + ", " + at + ": " + message, node.line(), at);
    }

    private static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
