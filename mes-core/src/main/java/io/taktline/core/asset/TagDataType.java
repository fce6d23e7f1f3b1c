package io.taktline.core.asset;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The data types a tag may declare: the name of an OPC UA built-in type (Part 6, 5.1.2), as the
 * browser drafts them, or the node id of a structured or enumerated type ({@code ns=3;i=3002},
 * {@code nsu=urn:...;i=3002}).
 */
public final class TagDataType {

    public static final Set<String> BUILT_IN = Set.of(
            "Boolean",
            "SByte",
            "Byte",
            "Int16",
            "UInt16",
            "Int32",
            "UInt32",
            "Int64",
            "UInt64",
            "Float",
            "Double",
            "String",
            "DateTime",
            "Guid",
            "ByteString",
            "XmlElement",
            "NodeId",
            "ExpandedNodeId",
            "StatusCode",
            "QualifiedName",
            "LocalizedText",
            "ExtensionObject",
            "DataValue",
            "Variant",
            "DiagnosticInfo");

    private static final Pattern NODE_ID =
            Pattern.compile("((ns=\\d+|nsu=[^;]+);)?(i=\\d+|s=.+|g=[0-9a-fA-F-]{36}|b=.+)");

    private TagDataType() {}

    /** {@code name} when it is a data type a tag can have; otherwise says what to write. */
    public static String check(String name) {
        if (name == null || BUILT_IN.contains(name) || NODE_ID.matcher(name).matches()) {
            return name;
        }
        throw new IllegalArgumentException("data type '" + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                + "' is not an OPC UA data type; give a built-in type (Boolean, Int16, Int32, UInt32, Float, Double,"
                + " String, DateTime, …) or the node id of the type (ns=3;i=3002)");
    }
}
