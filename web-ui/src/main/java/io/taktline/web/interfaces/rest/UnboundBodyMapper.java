package io.taktline.web.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that JSON-B cannot turn into the request (not JSON, a text where a number belongs, a field
 * the request does not have): 400 with what JSON-B found, without Java's class names, and the
 * example of the body. Any other processing failure is Taktline's own: 500 with an incident id.
 */
@Provider
public class UnboundBodyMapper implements ExceptionMapper<ProcessingException> {

    /** Qualified Java names (io.taktline.web.….Request, java.lang.Long) say nothing to the sender. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(ProcessingException e) {
        StringBuilder found = new StringBuilder();
        boolean binding = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                binding = true;
                String message =
                        cause.getMessage() == null ? "" : cause.getMessage().strip();
                if (!message.isEmpty() && found.indexOf(message) < 0) {
                    found.append(found.isEmpty() ? "" : ": ").append(message);
                }
            }
        }
        if (!binding) {
            return new UnexpectedFailureMapper().toResponse(e);
        }
        String said = said(found.toString());
        String example = InvalidRequestMapper.example(resource.getResourceMethod());
        return ApiProblem.badRequest(said
                        + (example == null
                                ? "; the endpoint's description at /openapi shows what to send"
                                : "; send " + example))
                .getResponse();
    }

    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern STRICT = Pattern.compile("(must be .+?)(?:\\.(?:\\s|$)|$)");
    private static final Pattern TYPE = Pattern.compile("class ([A-Za-z0-9_.$]+)");

    /** JSON-B's words for what it found, as the sender can act on them. */
    static String said(String found) {
        Matcher unknown = UNKNOWN.matcher(found);
        if (unknown.find()) {
            return "field '" + unknown.group(1) + "' is not one this request takes";
        }
        Matcher property = PROPERTY.matcher(found);
        Matcher strict = STRICT.matcher(found);
        if (property.find() && strict.find()) {
            return "field '" + property.group(1) + "' " + strict.group(1);
        }
        property.reset();
        if (property.find()) {
            Matcher type = TYPE.matcher(found.substring(property.end()));
            String wanted = type.find() ? wanted(type.group(1)) : null;
            return "field '" + property.group(1) + "' "
                    + (wanted == null ? "holds a value of the wrong kind" : "is not " + wanted);
        }
        String text = CLASS_NAME
                .matcher(found)
                .replaceAll("$1")
                .replace("Internal error: ", "")
                .replace('\n', ' ');
        return "the body is not JSON this request can read ("
                + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + ")";
    }

    private static String wanted(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return switch (simple) {
            case "Long", "long", "Integer", "int" -> "a whole number";
            case "Double", "double", "BigDecimal" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a text";
            case "Instant" -> "an ISO-8601 instant with its zone, like 2026-11-25T06:00:00Z";
            case "List", "ArrayList" -> "a list";
            default -> null;
        };
    }
}
