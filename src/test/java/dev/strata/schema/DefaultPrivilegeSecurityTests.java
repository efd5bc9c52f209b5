package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.schema.model.Sql;
import org.junit.jupiter.api.Test;

/**
 * The hole default privileges opened: on Supabase, {@code ALTER DEFAULT PRIVILEGES IN SCHEMA public
 * GRANT ALL ON TABLES TO anon, authenticated} gives the public API role every new table, so a
 * script that creates a table the target closed to {@code anon} must take that away again. Real
 * PostgreSQL, Supabase-shaped roles (made once, never dropped: roles belong to the cluster).
 */
class DefaultPrivilegeSecurityTests {

    private static final String ROLES = """
            DO $$ BEGIN CREATE ROLE anon NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
            DO $$ BEGIN CREATE ROLE authenticated NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
            DO $$ BEGIN CREATE ROLE service_role NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
            """;

    private static final String DEFAULTS = """
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated;
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO anon, authenticated;
            """;

    private static final String CLOSED_TO_ANON = """
            CREATE TABLE t (id integer PRIMARY KEY, secret text);
            REVOKE ALL ON t FROM anon;
            CREATE SEQUENCE s;
            REVOKE ALL ON SEQUENCE s FROM anon;
            CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
            REVOKE ALL ON FUNCTION f() FROM PUBLIC, anon;
            """;

    @Test
    void aCreatedTableSequenceAndFunctionAreClosedToAnonAsTheTargetHasThem() {
        assertClosedToAnonAfterUp(ROLES + DEFAULTS, ROLES + DEFAULTS + CLOSED_TO_ANON);
    }

    @Test
    void theyAreClosedToAnonAlsoWhenTheDefaultsArriveInTheSameScript() {
        assertClosedToAnonAfterUp(ROLES, ROLES + DEFAULTS + CLOSED_TO_ANON);
    }

    @Test
    void theDownScriptOfADropRecreatesThemClosedToAnon() {
        try (FixtureDatabase from = FixtureDatabase.create(); FixtureDatabase to = FixtureDatabase.create()) {
            from.run(ROLES + DEFAULTS + CLOSED_TO_ANON);
            to.run(ROLES + DEFAULTS);
            DiffResult result = SchemaDiff.compare(from.inspect(SchemaFilter.all()), to.inspect(SchemaFilter.all()),
                    DiffOptions.none());
            from.apply(result.up());
            from.apply(result.down());

            assertClosedToAnon(from);
        }
    }

    @Test
    void theCheckSeesAnonsPrivilegesWhenTheTargetKeepsThem() {
        try (FixtureDatabase database = FixtureDatabase.create()) {
            database.run(ROLES + DEFAULTS + "CREATE TABLE t (id integer PRIMARY KEY);");

            assertThatThrownBy(() -> database.run(noPrivilege("has_table_privilege('anon', 'public.t', 'SELECT')")))
                    .hasMessageContaining("privileges not as the target has them");
        }
    }

    private static void assertClosedToAnonAfterUp(String fromSql, String toSql) {
        try (FixtureDatabase from = FixtureDatabase.create(); FixtureDatabase to = FixtureDatabase.create()) {
            from.run(fromSql);
            to.run(toSql);
            DiffResult result = SchemaDiff.compare(from.inspect(SchemaFilter.all()), to.inspect(SchemaFilter.all()),
                    DiffOptions.none());
            from.apply(result.up());

            assertClosedToAnon(from);
            assertThat(SchemaDiff.compare(from.inspect(SchemaFilter.all()), to.inspect(SchemaFilter.all()),
                    DiffOptions.none()).up().text()).as("the diff after the up script").isEmpty();
        }
    }

    /** Raises unless anon can use none of them while authenticated keeps what the defaults gave it. */
    private static void assertClosedToAnon(FixtureDatabase database) {
        database.run(noPrivilege("has_table_privilege('anon', 'public.t', 'SELECT')"));
        database.run(noPrivilege("has_sequence_privilege('anon', 'public.s', 'USAGE')"));
        database.run(noPrivilege("has_function_privilege('anon', 'public.f()', 'EXECUTE')"));
        database.run(noPrivilege("NOT has_table_privilege('authenticated', 'public.t', 'SELECT')"));
        database.run(noPrivilege("NOT has_function_privilege('authenticated', 'public.f()', 'EXECUTE')"));
    }

    /** A statement that raises when {@code condition} holds. */
    private static String noPrivilege(String condition) {
        return "DO $$ BEGIN IF " + condition + " THEN RAISE EXCEPTION 'privileges not as the target has them: %', "
                + Sql.literal(condition) + "; END IF; END $$";
    }
}
