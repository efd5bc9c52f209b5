package dev.strata.schema.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.order.StatementOrder;
import dev.strata.schema.render.ChangeRenderer;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEnvironment.class)
class ViewInspectorTests {

    private static final QualifiedName USERS = new QualifiedName("public", "users");

    @BeforeAll
    static void createViews(TestDatabase database) {
        database.execute("""
                CREATE SCHEMA app;
                CREATE TABLE users (id integer PRIMARY KEY, name text, active boolean);
                CREATE VIEW active_users WITH (security_invoker = true) AS SELECT id, name FROM users WHERE active;
                CREATE VIEW active_names AS SELECT name FROM active_users;
                CREATE VIEW checked WITH (check_option = local) AS SELECT * FROM users WHERE id > 0;
                CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS users FROM users;
                COMMENT ON MATERIALIZED VIEW user_count IS 'refreshed nightly';
                CREATE VIEW app.names AS SELECT u.name FROM public.users u JOIN public.users v ON v.id = u.id;
                """);
    }

    private static Map<String, View> views(TestDatabase database, String... schemas) {
        return Inspection.read(database, ViewInspector::read, schemas).stream()
                .collect(Collectors.toMap(view -> view.name().toString(), Function.identity()));
    }

    @Test
    void readsAViewWithItsSecurityInvokerOptionAndTheTableItReads(TestDatabase database) {
        View view = views(database, "public").get("public.active_users");
        assertThat(view.materialized()).isFalse();
        assertThat(view.options()).containsExactly("security_invoker=true");
        assertThat(view.dependsOn()).containsExactly(USERS);
        assertThat(view.definition()).startsWith("SELECT").contains("FROM public.users").doesNotEndWith(";");
        assertThat(views(database, "public").get("public.checked").options()).containsExactly("check_option=local");
    }

    @Test
    void readsAViewOfAViewAsDependingOnThatViewOnly(TestDatabase database) {
        assertThat(views(database, "public").get("public.active_names").dependsOn())
                .containsExactly(new QualifiedName("public", "active_users"));
        assertThat(views(database, "app").get("app.names").dependsOn()).containsExactly(USERS);
    }

    @Test
    void readsAMaterializedViewWithItsComment(TestDatabase database) {
        View view = views(database, "public").get("public.user_count");
        assertThat(view.materialized()).isTrue();
        assertThat(view.comment()).isEqualTo("refreshed nightly");
        assertThat(view.dependsOn()).containsExactly(USERS);
    }

    @Test
    void readsOnlyTheSchemasItIsGiven(TestDatabase database) {
        assertThat(views(database, "app")).containsOnlyKeys("app.names");
        assertThat(views(database, "public")).containsOnlyKeys("public.active_users", "public.active_names",
                "public.checked", "public.user_count");
    }

    @Test
    void renderedDropsAndCreatesInViewOrderGiveBackTheSameViews(TestDatabase database) {
        Inspection.assertDropsAndCreatesRoundTrip(database, ViewInspector::read, StatementOrder::views,
                view -> ChangeRenderer.render(new DropView(view)),
                view -> ChangeRenderer.render(new CreateView(view)), "public", "app");
    }
}
