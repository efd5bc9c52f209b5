package dev.strata.schema.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Routine;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.render.ChangeRenderer;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEnvironment.class)
class RoutineInspectorTests {

    @BeforeAll
    static void createRoutines(TestDatabase database) {
        database.execute("""
                CREATE EXTENSION pgcrypto;
                CREATE TABLE users (id integer PRIMARY KEY, name text);
                CREATE FUNCTION greet(who text, punctuation text DEFAULT '!') RETURNS text LANGUAGE plpgsql
                    STABLE AS $$ BEGIN RETURN 'hello ' || who || punctuation; END $$;
                CREATE FUNCTION named(prefix text) RETURNS SETOF users LANGUAGE sql
                    AS $$ SELECT * FROM users WHERE name LIKE prefix || '%' $$;
                CREATE FUNCTION first_names(people users[]) RETURNS text[] LANGUAGE sql
                    AS $$ SELECT array_agg(p.name) FROM unnest(people) AS p $$;
                CREATE FUNCTION twice(n integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN n * 2;
                CREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM users);
                CREATE FUNCTION user_count_plus(n integer) RETURNS bigint LANGUAGE sql STABLE RETURN user_count() + n;
                CREATE PROCEDURE rename_user(id integer, new_name text) LANGUAGE plpgsql
                    AS $$ BEGIN UPDATE users SET name = new_name WHERE users.id = rename_user.id; END $$;
                CREATE AGGREGATE concat_all(text) (SFUNC = textcat, STYPE = text, INITCOND = '');
                """);
    }

    private static Map<String, Routine> routines(TestDatabase database) {
        return Inspection.read(database, RoutineInspector::read, "public").stream()
                .collect(Collectors.toMap(Routine::signature, Function.identity()));
    }

    @Test
    void readsPlpgsqlAndSqlFunctionsWithTheirSignatureResultAndDefinition(TestDatabase database) {
        Map<String, Routine> routines = routines(database);
        Routine greet = routines.get("public.greet(who text, punctuation text)");
        assertThat(greet.procedure()).isFalse();
        assertThat(greet.result()).isEqualTo("text");
        assertThat(greet.definition()).startsWith(
                "CREATE OR REPLACE FUNCTION public.greet(who text, punctuation text DEFAULT '!'::text)")
                .contains("LANGUAGE plpgsql", "STABLE", "RETURN 'hello '").doesNotEndWith("\n");
        assertThat(routines.get("public.named(prefix text)").result()).isEqualTo("SETOF public.users");
        assertThat(routines.get("public.twice(n integer)").definition()).contains("RETURN (n * 2)");
    }

    @Test
    void tellsWhichRoutinesNeedTablesWhenTheyAreCreated(TestDatabase database) {
        Map<String, Routine> routines = routines(database);
        assertThat(routines.get("public.named(prefix text)").usesTables()).as("returns a table's rows").isTrue();
        assertThat(routines.get("public.first_names(people public.users[])").usesTables()).as("takes rows").isTrue();
        assertThat(routines.get("public.twice(n integer)").usesTables()).as("SQL-standard body reading no table")
                .isFalse();
        assertThat(routines.get("public.user_count()").usesTables()).as("SQL-standard body reading a table").isTrue();
        assertThat(routines.get("public.user_count_plus(n integer)").usesTables())
                .as("SQL-standard body calling one that reads a table").isTrue();
        assertThat(routines.get("public.greet(who text, punctuation text)").usesTables()).isFalse();
        assertThat(routines.get("public.rename_user(IN id integer, IN new_name text)").usesTables()).isFalse();
    }

    @Test
    void readsAProcedureWithoutAResult(TestDatabase database) {
        Routine procedure = routines(database).get("public.rename_user(IN id integer, IN new_name text)");
        assertThat(procedure.procedure()).isTrue();
        assertThat(procedure.result()).isEmpty();
        assertThat(procedure.definition()).startsWith("CREATE OR REPLACE PROCEDURE public.rename_user(");
    }

    @Test
    void leavesOutAggregatesAndTheFunctionsOfExtensions(TestDatabase database) {
        assertThat(database.column("SELECT count(*) FROM pg_proc WHERE proname = 'digest'")).doesNotContain("0");
        assertThat(routines(database).values()).extracting(routine -> routine.name().name())
                .containsExactlyInAnyOrder("greet", "named", "first_names", "twice", "user_count",
                        "user_count_plus", "rename_user");
    }

    @Test
    void renderedDropsAndCreatesGiveBackTheSameRoutines(TestDatabase database) {
        Inspection.assertDropsAndCreatesRoundTrip(database, RoutineInspector::read, UnaryOperator.identity(),
                routine -> ChangeRenderer.render(new DropRoutine(routine)),
                routine -> ChangeRenderer.render(new CreateRoutine(routine)), "public");
    }
}
