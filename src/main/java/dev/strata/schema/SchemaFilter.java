package dev.strata.schema;

import java.util.List;
import java.util.Locale;

/**
 * Which schemas a diff compares: the named ones, or every schema that is neither PostgreSQL's
 * nor Supabase's. Supabase-owned schemas and Flyway's history table are never compared, even
 * when named.
 *
 * @param schemas the schemas to compare; empty for all user schemas
 */
public record SchemaFilter(List<String> schemas) {

    /** Schemas owned by PostgreSQL or Supabase; {@code pg_*} is excluded by prefix. */
    public static final List<String> EXCLUDED = List.of("information_schema", "auth", "storage", "realtime",
            "extensions", "graphql", "graphql_public", "vault", "pgsodium", "pgsodium_masks", "supabase_functions",
            "supabase_migrations", "cron", "net", "pgbouncer", "_realtime", "_analytics");

    /** Tables that are bookkeeping, not schema. */
    public static final List<String> EXCLUDED_TABLES = List.of("flyway_schema_history");

    public SchemaFilter {
        schemas = List.copyOf(schemas);
    }

    /** Every user schema. */
    public static SchemaFilter all() {
        return new SchemaFilter(List.of());
    }

    /** Whether {@code schema} is compared. */
    public boolean includes(String schema) {
        return !isExcluded(schema) && (schemas.isEmpty() || schemas.contains(schema));
    }

    /** Whether a schema belongs to PostgreSQL or Supabase. */
    public static boolean isExcluded(String schema) {
        return schema.toLowerCase(Locale.ROOT).startsWith("pg_") || EXCLUDED.contains(schema);
    }
}
