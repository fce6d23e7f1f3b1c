package io.taktline.web.interfaces.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * A whole number of a request from {@link #min()} to {@link #max()}, or a list with that many items;
 * null is left to {@code @NotNull}.
 *
 * <p>Ours rather than {@code @Min}, {@code @Max} and {@code @Size}: Payara's OpenAPI processor fails,
 * and {@code /openapi} answers 500, on those on any parameter but a {@code @PathParam}, and a record
 * component's constraint is also one on its canonical constructor's parameter (payara/Payara#7649).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Constraint(validatedBy = {Bounded.Number.class, Bounded.Items.class})
public @interface Bounded {

    long min() default 0;

    long max() default Long.MAX_VALUE;

    /** What to say instead of the bounds, e.g. "must name two or more stops, at most 1000". */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** For a whole number (the strict JSON binding has already refused fractions). */
    final class Number implements ConstraintValidator<Bounded, java.lang.Number> {

        private Bounded bounds;

        @Override
        public void initialize(Bounded bounds) {
            this.bounds = bounds;
        }

        @Override
        public boolean isValid(java.lang.Number value, ConstraintValidatorContext context) {
            if (value == null || bounds.min() <= value.longValue() && value.longValue() <= bounds.max()) {
                return true;
            }
            return refuse(
                    bounds,
                    context,
                    "is " + value + "; give a whole number "
                            + (bounds.max() == Long.MAX_VALUE
                                    ? "of " + bounds.min() + " or more"
                                    : "from " + bounds.min() + " to " + bounds.max()));
        }

        static boolean refuse(Bounded bounds, ConstraintValidatorContext context, String fault) {
            String message = bounds.message().isEmpty() ? fault : bounds.message();
            context.disableDefaultConstraintViolation();
            // The message holds numbers and our own words only; braces would be read as expressions.
            context.buildConstraintViolationWithTemplate(
                            message.replace("{", "\\{").replace("$", "\\$"))
                    .addConstraintViolation();
            return false;
        }
    }

    /** For a list. */
    final class Items implements ConstraintValidator<Bounded, Collection<?>> {

        private Bounded bounds;

        @Override
        public void initialize(Bounded bounds) {
            this.bounds = bounds;
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            if (value == null || bounds.min() <= value.size() && value.size() <= bounds.max()) {
                return true;
            }
            return Number.refuse(
                    bounds,
                    context,
                    "holds " + value.size() + " items; give "
                            + (bounds.max() == Long.MAX_VALUE
                                    ? bounds.min() + " or more"
                                    : bounds.min() + " to " + bounds.max()));
        }
    }
}
