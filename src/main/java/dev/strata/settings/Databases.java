package dev.strata.settings;

/**
 * The two database planes of one configuration.
 *
 * @param runtime what the R2DBC pool connects to
 * @param migration what Flyway and the {@code db} commands connect to over JDBC
 * @param embedded whether both point at the embedded PostgreSQL started by this process
 */
public record Databases(DatabaseSettings runtime, DatabaseSettings migration, boolean embedded) {
}
