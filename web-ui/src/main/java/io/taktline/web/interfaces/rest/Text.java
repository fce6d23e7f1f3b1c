package io.taktline.web.interfaces.rest;

import io.taktline.core.document.TextLimits;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a request: at most {@link #max()} characters, no control characters, line breaks
 * and tabs only where it is {@link #prose()}; null is left to {@code @NotNull}. The rules are
 * {@link TextLimits}'s, the same as for uploaded documents. A {@link #required()} text must be there and
 * not blank (ours rather than {@code @NotBlank}, which Payara's OpenAPI processor fails on: see
 * {@link Bounded}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = Text.Check.class)
public @interface Text {

    int max() default TextLimits.TEXT;

    boolean prose() default false;

    /** Whether the field must be given and hold more than white space. */
    boolean required() default false;

    String message() default "is not a text this field takes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Says what is wrong with the text, in {@link TextLimits}'s words. */
    final class Check implements ConstraintValidator<Text, String> {

        private int max;
        private boolean prose;
        private boolean required;

        @Override
        public void initialize(Text text) {
            max = text.max();
            prose = text.prose();
            required = text.required();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String fault = required && (value == null || value.isBlank())
                    ? "must not be blank"
                    : TextLimits.fault(value, max, prose);
            if (fault == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // The fault names lengths and positions only, never the text itself: nothing to interpolate.
            context.buildConstraintViolationWithTemplate(fault).addConstraintViolation();
            return false;
        }
    }
}
