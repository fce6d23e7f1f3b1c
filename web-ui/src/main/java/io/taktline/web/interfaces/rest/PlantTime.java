package io.taktline.web.interfaces.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * An instant in a request's body within the range the API takes ({@link RestParameters#EARLIEST}
 * to before {@link RestParameters#LATEST}), as for instants in the query; null is left to
 * {@code @NotNull}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = PlantTime.Check.class)
public @interface PlantTime {

    String message() default
            "is outside what a plant's history and plans hold; give an instant from 1970-01-01T00:00:00Z"
                    + " to before 2200-01-01T00:00:00Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PlantTime, Instant> {

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(RestParameters.EARLIEST) && value.isBefore(RestParameters.LATEST));
        }
    }
}
