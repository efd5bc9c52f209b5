package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptTests {

    @Test
    void wrapsATransactionalScriptInBeginAndCommit() {
        Script script = new Script(List.of("CREATE SCHEMA app", "CREATE TABLE app.t (\n    id integer\n)"), true, "");

        assertThat(script.text()).isEqualTo("""
                BEGIN;

                CREATE SCHEMA app;

                CREATE TABLE app.t (
                    id integer
                );

                COMMIT;
                """);
    }

    @Test
    void saysWhyAScriptCannotRunInOneTransaction() {
        Script script = new Script(List.of("ALTER TYPE public.mood ADD VALUE 'x'"), false, "it adds an enum value");

        assertThat(script.text()).isEqualTo("""
                -- This script cannot run in one transaction: it adds an enum value
                -- Run it statement by statement (psql does, without --single-transaction).

                ALTER TYPE public.mood ADD VALUE 'x';

                """);
    }

    @Test
    void anEmptyScriptHasNoText() {
        assertThat(new Script(List.of(), true, "").text()).isEmpty();
        assertThat(new Script(List.of(), true, "").isEmpty()).isTrue();
    }
}
