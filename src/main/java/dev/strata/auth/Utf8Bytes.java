package dev.strata.auth;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** A text of at most {@link #max} bytes in UTF-8 (bcrypt's limit is bytes, not characters); null is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Utf8Bytes.Check.class)
@interface Utf8Bytes {

    int max();

    String message() default "must be at most {max} bytes in UTF-8";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Counts the bytes of the UTF-8 encoding. */
    final class Check implements ConstraintValidator<Utf8Bytes, String> {

        private int max;

        @Override
        public void initialize(Utf8Bytes annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || value.getBytes(StandardCharsets.UTF_8).length <= max;
        }
    }
}
