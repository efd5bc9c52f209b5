package dev.strata.auth;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A text field of a request: a JSON string (or null) and nothing else, holding no control
 * character (Unicode category Cc: U+0000 to U+001F, U+007F to U+009F). Jackson would otherwise
 * turn {@code 12345678901} or {@code true} into the text {@code "12345678901"} or {@code "true"},
 * storing a client's type error instead of refusing it; and PostgreSQL cannot store U+0000 at all.
 * Other JSON (the API document, Actuator) keeps Jackson's defaults: only fields marked so are strict.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonDeserialize(using = StrictText.Deserializer.class)
@Pattern(regexp = "\\P{Cc}*", message = "must not contain control characters")
@Constraint(validatedBy = {})
@interface StrictText {

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads a JSON string; any other token is a mismatch that names the field (422 from the problem handler). */
    final class Deserializer extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                return parser.getString();
            }
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
    }
}
