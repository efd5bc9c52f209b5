package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A row-level security policy.
 *
 * @param command ALL, SELECT, INSERT, UPDATE or DELETE
 * @param roles the roles it applies to, sorted ({@code public} for everyone)
 * @param using the USING expression, else null
 * @param withCheck the WITH CHECK expression, else null
 */
public record Policy(QualifiedName table, String name, boolean permissive, String command, List<String> roles,
        @Nullable String using, @Nullable String withCheck) {
}
