package dev.strata.schema.order;

/**
 * The phases of a script, in the order they run. Dependents are dropped under the tables' old
 * names before anything is renamed; tables settle before the constraints, views, triggers,
 * policies and grants that sit on them are created.
 */
enum Phase {
    /** First, so that they do not fire on the script's own commands, and before their functions go. */
    DROP_EVENT_TRIGGERS,
    /** Comments taken off objects that are dropped, recreated or renamed, while they have their old names. */
    DROP_COMMENTS,
    DROP_TRIGGERS,
    /** Publications and the tables they list, under the tables' old names, before the tables go. */
    DROP_PUBLICATIONS,
    /** Policies, revoked privileges (before their objects go), and row security that is switched off. */
    DROP_ACCESS,
    DROP_VIEWS,
    /** Before the unique constraints and indexes they may need. */
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS_AND_INDEXES,
    /**
     * Column defaults that call a routine the script drops, let go of before it goes, under the
     * tables' old names; set again in {@link #RESTORE_COLUMN_DEFAULTS}.
     */
    RELEASE_COLUMN_DEFAULTS,
    /** Operators dropped to be created again, or whose operands or function need tables: before their functions. */
    DROP_OPERATORS,
    /** Routines dropped to be created again under the same signature. */
    DROP_ROUTINES,
    /** Partitions detached and parents no longer inherited, before either side's columns or tables change. */
    DETACH_TABLES,
    CREATE_SCHEMAS_AND_EXTENSIONS,
    /**
     * Default privileges added or taken away: once their schema exists, before it is dropped.
     * Objects created later get them, so the privileges they get on creation are settled in
     * {@link #GRANT_PRIVILEGES} whichever defaults they were created under.
     */
    ALTER_DEFAULT_PRIVILEGES,
    /** Enums (created, values added or renamed) and sequences (created or altered). */
    CREATE_TYPES,
    /** Routines that name no table; those that do wait for {@link #CREATE_TABLE_ROUTINES}. */
    CREATE_ROUTINES,
    /**
     * Domains altered in place (default, NOT NULL, checks): after the routines, which a new check
     * may call; the domain itself exists already, so nothing before needs the change.
     */
    ALTER_DOMAINS,
    /** Operators that need no table, after their functions, before the defaults and indexes that may use them. */
    CREATE_OPERATORS,
    RENAME_TABLES,
    RENAME_COLUMNS,
    /** A generated column goes before the columns it is computed from. */
    DROP_GENERATED_COLUMNS,
    /**
     * Also a column retyped away from a type of its schema, which lets go of it before it is
     * recreated. Tables go after the columns, partitions and inheriting tables before their parents.
     */
    DROP_COLUMNS_AND_TABLES,
    RECREATE_ENUMS,
    /**
     * Also an identity dropped: an identity column cannot take the default a type change may bring.
     * Tables go first, parents before their partitions and inheriting tables.
     */
    CREATE_TABLES_AND_COLUMNS,
    ALTER_COLUMN_TYPES,
    ALTER_COLUMN_DEFAULTS,
    SET_NULLABILITY,
    /** Partitions attached and parents inherited, once both tables have their columns. */
    ATTACH_TABLES,
    /** Routines whose signature or SQL-standard body names a table. */
    CREATE_TABLE_ROUTINES,
    /** Operators whose operands or function need tables. */
    CREATE_TABLE_OPERATORS,
    /** After NOT NULL is set: an identity column must be NOT NULL. */
    ADD_IDENTITIES,
    /** Operators dropped for good, once what used them is gone, before their functions. */
    DROP_UNUSED_OPERATORS,
    /** Routines dropped for good, once the tables, columns and defaults that used them are gone. */
    DROP_UNUSED_ROUTINES,
    /**
     * The defaults let go of in {@link #RELEASE_COLUMN_DEFAULTS}: once every routine and operator
     * is created, and once the routines dropped for good are gone, so that a call that reads the
     * same over an old and a new signature binds to the new one.
     */
    RESTORE_COLUMN_DEFAULTS,
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
    /** Publications, their options, tables and schemas, once the tables exist. */
    CREATE_PUBLICATIONS,
    /** Policies, and row security that is switched on, once the policies' tables are finished. */
    CREATE_ACCESS,
    /** Privileges default privileges gave created objects revoked, then the target's granted. */
    GRANT_PRIVILEGES,
    SET_COMMENTS,
    /** Last: created once their functions exist, they fire on none of the script's own commands. */
    CREATE_EVENT_TRIGGERS
}
