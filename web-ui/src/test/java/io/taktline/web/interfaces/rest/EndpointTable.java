package io.taktline.web.interfaces.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Every endpoint of the REST API, read from the resource classes themselves, with what it declares. */
final class EndpointTable {

    record Endpoint(String method, String path, EndpointAccess.Declared declared, String where, boolean streams) {

        /** The path with every parameter filled by an id that names nothing. */
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "999999");
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + where + ")";
        }
    }

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class,
            "GET",
            POST.class,
            "POST",
            PUT.class,
            "PUT",
            DELETE.class,
            "DELETE",
            PATCH.class,
            "PATCH",
            HEAD.class,
            "HEAD",
            OPTIONS.class,
            "OPTIONS");

    private EndpointTable() {}

    static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importPackages(EndpointAccess.class.getPackageName())) {
            Class<?> resource = type.reflect();
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                for (var http : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(http.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        endpoints.add(new Endpoint(
                                http.getValue(),
                                join(root.value(), sub == null ? "" : sub.value()),
                                EndpointAccess.Declared.of(resource, method),
                                resource.getSimpleName() + "." + method.getName(),
                                streams(method)));
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** Whether the endpoint answers server-sent events (a client asks for text/event-stream). */
    private static boolean streams(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces != null && Arrays.asList(produces.value()).contains(MediaType.SERVER_SENT_EVENTS);
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
