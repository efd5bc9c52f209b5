package dev.strata.schema.model;

/**
 * An index that does not back a constraint (those come and go with their constraint).
 *
 * @param name index name (in the table's schema)
 * @param definition pg_get_indexdef text: {@code CREATE [UNIQUE] INDEX name ON schema.table USING ...}
 * @param unique whether it is a unique index
 */
public record Index(String name, String definition, boolean unique) {
}
