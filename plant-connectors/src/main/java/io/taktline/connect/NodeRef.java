package io.taktline.connect;

import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A node on an OPC UA server, named by namespace URI rather than by index, so that it stays valid
 * when the server's namespace table changes.
 *
 * @param namespaceUri the namespace URI, e.g. {@code urn:taktline:plant-simulator}
 * @param identifier the identifier in OPC UA text form: {@code s=...}, {@code i=...}, {@code g=...}
 *     or {@code b=...}
 */
public record NodeRef(String namespaceUri, String identifier) {

    private static final String PREFIX = "nsu=";
    private static final String EXPECTED_FORM =
            "expected 'nsu=<namespace uri>;<s=|i=|g=|b=><identifier>', e.g. 'nsu=urn:taktline:plant-simulator;"
                    + "s=Plant/STAMPING/PL1/PRESS1/State'";

    public NodeRef {
        Objects.requireNonNull(namespaceUri, "namespaceUri");
        Objects.requireNonNull(identifier, "identifier");
        if (namespaceUri.isBlank() || namespaceUri.contains(";")) {
            throw new IllegalArgumentException(
                    "namespace URI '" + namespaceUri + "' must be non-blank and must not contain ';'");
        }
        String problem = identifierProblem(identifier);
        if (problem != null) {
            throw new IllegalArgumentException("node identifier '" + identifier + "' " + problem);
        }
    }

    /** Parses the text form {@code nsu=<uri>;<identifier>}, as produced by {@link #toString()}. */
    public static NodeRef parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw malformed(text, "it does not start with 'nsu='");
        }
        int separator = text.indexOf(';');
        if (separator < 0) {
            throw malformed(text, "there is no ';' between namespace URI and identifier");
        }
        String uri = text.substring(PREFIX.length(), separator);
        String identifier = text.substring(separator + 1);
        if (uri.isBlank()) {
            throw malformed(text, "the namespace URI is empty");
        }
        String problem = identifierProblem(identifier);
        if (problem != null) {
            throw malformed(text, "the identifier " + problem);
        }
        return new NodeRef(uri, identifier);
    }

    @Override
    public String toString() {
        return PREFIX + namespaceUri + ";" + identifier;
    }

    private static IllegalArgumentException malformed(String text, String reason) {
        return new IllegalArgumentException("node id '" + text + "' is malformed: " + reason + "; " + EXPECTED_FORM);
    }

    /** Returns why the identifier is not valid OPC UA text form, or null when it is. */
    private static String identifierProblem(String identifier) {
        if (identifier.length() < 3 || identifier.charAt(1) != '=') {
            return "must start with 's=', 'i=', 'g=' or 'b=' followed by a value";
        }
        String value = identifier.substring(2);
        switch (identifier.charAt(0)) {
            case 's':
                return null;
            case 'i':
                try {
                    long numeric = Long.parseLong(value);
                    return numeric >= 0 && numeric <= 0xFFFF_FFFFL ? null : "must be a UInt32 after 'i='";
                } catch (NumberFormatException e) {
                    return "must be a UInt32 after 'i='";
                }
            case 'g':
                try {
                    UUID.fromString(value);
                    return null;
                } catch (IllegalArgumentException e) {
                    return "must be a GUID after 'g='";
                }
            case 'b':
                try {
                    Base64.getDecoder().decode(value);
                    return null;
                } catch (IllegalArgumentException e) {
                    return "must be Base64 after 'b='";
                }
            default:
                return "must start with 's=', 'i=', 'g=' or 'b=' followed by a value";
        }
    }
}
