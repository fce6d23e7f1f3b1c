package io.taktline.core.asset;

import java.util.regex.Pattern;

/**
 * Where a tag's value lives on its server: a namespace URI and an identifier in OPC UA text form
 * ({@code s=...}, {@code i=...}, {@code g=...}, {@code b=...}). Written together as
 * {@code nsu=<uri>;<identifier>}, the expanded node id form that OPC UA tools show.
 */
public record NodeAddress(String namespaceUri, String identifier) {

    private static final Pattern IDENTIFIER = Pattern.compile("(s=.+|i=\\d+|g=[0-9a-fA-F-]{36}|b=[A-Za-z0-9+/=]+)");

    public NodeAddress {
        if (namespaceUri == null || namespaceUri.isBlank()) {
            throw new IllegalArgumentException(
                    "node id has no namespace URI; write it as nsu=<namespace uri>;s=<identifier>");
        }
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("node identifier '" + identifier
                    + "' is malformed; write it as s=<text>, i=<number>, g=<guid> or b=<base64>");
        }
    }

    /** Parses {@code nsu=<uri>;<identifier>}. */
    public static NodeAddress parse(String text) {
        if (text == null || !text.startsWith("nsu=") || text.indexOf(';') < 0) {
            throw new IllegalArgumentException("node id '" + text
                    + "' is malformed; write it as nsu=<namespace uri>;s=<identifier> (or i=, g=, b=)");
        }
        int separator = text.indexOf(';');
        return new NodeAddress(text.substring(4, separator), text.substring(separator + 1));
    }

    @Override
    public String toString() {
        return "nsu=" + namespaceUri + ";" + identifier;
    }
}
