package dev.strata.schema.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import dev.strata.schema.render.ChangeRenderer;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEnvironment.class)
class TriggerInspectorTests {

    @BeforeAll
    static void createTriggers(TestDatabase database) {
        database.execute("""
                CREATE TABLE users (id integer PRIMARY KEY, name text, updated_at timestamptz);
                CREATE TABLE notes (id integer PRIMARY KEY, user_id integer REFERENCES users ON DELETE CASCADE);
                CREATE TABLE events (id integer, at date) PARTITION BY RANGE (at);
                CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql
                    AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
                CREATE TRIGGER touch_users BEFORE UPDATE OF name ON users FOR EACH ROW
                    WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION touch();
                CREATE TRIGGER "Count Events" AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION touch();
                """);
    }

    @Test
    void readsUserTriggersButNotForeignKeyInternalsOrPartitionClones(TestDatabase database) {
        assertThat(Inspection.read(database, TriggerInspector::read, "public")).containsExactly(
                new Trigger(new QualifiedName("public", "events"), "Count Events", "CREATE TRIGGER \"Count Events\""
                        + " AFTER INSERT ON public.events FOR EACH STATEMENT EXECUTE FUNCTION public.touch()"),
                new Trigger(new QualifiedName("public", "users"), "touch_users", "CREATE TRIGGER touch_users"
                        + " BEFORE UPDATE OF name ON public.users FOR EACH ROW"
                        + " WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION public.touch()"));
        assertThat(database.column("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'notes'::regclass"))
                .doesNotContain("0");
    }

    @Test
    void renderedDropsAndCreatesGiveBackTheSameTriggers(TestDatabase database) {
        Inspection.assertDropsAndCreatesRoundTrip(database, TriggerInspector::read, UnaryOperator.identity(),
                trigger -> ChangeRenderer.render(new DropTrigger(trigger)),
                trigger -> ChangeRenderer.render(new CreateTrigger(trigger)), "public");
    }
}
