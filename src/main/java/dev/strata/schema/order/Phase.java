package dev.strata.schema.order;

/**
 * The phases of a script, in the order they run. Dependents are dropped under the tables' old
 * names before anything is renamed; tables settle before the constraints, views, triggers,
 * policies and grants that sit on them are created.
 */
enum Phase {
    DROP_TRIGGERS,
    /** Policies, revoked privileges, and row security that is switched off. */
    DROP_ACCESS,
    DROP_VIEWS,
    /** Before the unique constraints and indexes they may need. */
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS_AND_INDEXES,
    /** Routines dropped to be created again under the same signature. */
    DROP_ROUTINES,
    CREATE_SCHEMAS_AND_EXTENSIONS,
    /** Enums (created, values added or renamed) and sequences (created or altered). */
    CREATE_TYPES,
    /** Routines that name no table; those that do wait for {@link #CREATE_TABLE_ROUTINES}. */
    CREATE_ROUTINES,
    RENAME_TABLES,
    RENAME_COLUMNS,
    /** A generated column goes before the columns it is computed from. */
    DROP_GENERATED_COLUMNS,
    /** Also a column retyped away from a type of its schema, which lets go of it before it is recreated. */
    DROP_COLUMNS_AND_TABLES,
    RECREATE_ENUMS,
    /** Also an identity dropped: an identity column cannot take the default a type change may bring. */
    CREATE_TABLES_AND_COLUMNS,
    ALTER_COLUMN_TYPES,
    ALTER_COLUMN_DEFAULTS,
    SET_NULLABILITY,
    /** Routines whose signature or SQL-standard body names a table. */
    CREATE_TABLE_ROUTINES,
    /** After NOT NULL is set: an identity column must be NOT NULL. */
    ADD_IDENTITIES,
    /** Routines dropped for good, once the tables, columns and defaults that used them are gone. */
    DROP_UNUSED_ROUTINES,
    DROP_TYPES,
    DROP_EXTENSIONS,
    DROP_SCHEMAS,
    RENAME_CONSTRAINTS_AND_INDEXES,
    ADD_PRIMARY_KEYS,
    ADD_CONSTRAINTS,
    CREATE_INDEXES,
    /** Last among constraints: they need the referenced tables' unique constraints. */
    ADD_FOREIGN_KEYS,
    CREATE_VIEWS,
    CREATE_TRIGGERS,
    /** Policies, and row security that is switched on, once the policies' tables are finished. */
    CREATE_ACCESS,
    GRANT_PRIVILEGES,
    SET_COMMENTS
}
