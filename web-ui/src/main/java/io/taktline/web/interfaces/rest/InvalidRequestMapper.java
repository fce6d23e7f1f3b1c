package io.taktline.web.interfaces.rest;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request that Bean Validation refused (a field missing, too long, out of range): 400 naming each
 * input ("field 'reason'", "query parameter limit") with what is wrong, and an example of the body.
 */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    ResourceInfo resource;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Method method = resource.getResourceMethod();
        // A record's constraints hold for its field and its accessor: the same fault twice.
        Set<String> faults = new TreeSet<>();
        String example = null;
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            Input input = input(method, violation.getPropertyPath(), violation.getLeafBean());
            boolean empty = input.name().equals("the body") && violation.getInvalidValue() == null;
            faults.add(input.name() + " " + (empty ? "is empty" : violation.getMessage()));
            example = example != null ? example : input.example();
        }
        return ApiProblem.badRequest(String.join("; ", faults) + (example == null ? "" : "; send " + example))
                .getResponse();
    }

    /** Which input of the request a violation's path names, and the example of its body. */
    private record Input(String name, String example) {}

    private static Input input(Method method, Path path, Object leaf) {
        Parameter parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER && method != null) {
                parameter =
                        method.getParameters()[node.as(Path.ParameterNode.class).getParameterIndex()];
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    field.append(field.isEmpty() ? "" : ".").append(jsonName(leaf, node.getName()));
                }
            }
        }
        if (parameter == null) {
            return new Input(field.isEmpty() ? "the request" : "field '" + field + "'", null);
        }
        String declared = declaredName(parameter);
        if (declared != null) {
            return new Input(declared, null);
        }
        if (parameter.isAnnotationPresent(BeanParam.class)) {
            return new Input("query parameter " + field, null);
        }
        return new Input(field.isEmpty() ? "the body" : "field '" + field + "'", example(parameter));
    }

    /** The example of the body {@code parameter} takes, if its type shows one. */
    static String example(Parameter parameter) {
        Example example = parameter.getType().getAnnotation(Example.class);
        return example == null ? null : example.value();
    }

    /** The example of the body the resource method takes, if it shows one. */
    static String example(Method method) {
        if (method != null) {
            for (Parameter parameter : method.getParameters()) {
                String example = example(parameter);
                if (example != null) {
                    return example;
                }
            }
        }
        return null;
    }

    private static String declaredName(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation instanceof jakarta.ws.rs.QueryParam query) {
                return "query parameter " + query.value();
            }
            if (annotation instanceof jakarta.ws.rs.PathParam path) {
                return "path parameter " + path.value();
            }
        }
        return null;
    }

    /** The field's name in JSON: a record component may be named otherwise in Java ("new" is a keyword). */
    private static String jsonName(Object leaf, String name) {
        if (leaf != null) {
            for (RecordComponent component :
                    leaf.getClass().isRecord() ? leaf.getClass().getRecordComponents() : new RecordComponent[0]) {
                JsonbProperty property = component.getAccessor().getAnnotation(JsonbProperty.class);
                if (component.getName().equals(name)
                        && property != null
                        && !property.value().isEmpty()) {
                    return property.value();
                }
            }
        }
        return name;
    }
}
