package dev.strata.schema;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Model records for views, routines, triggers, policies and grants, built directly for unit tests. */
public final class ProgramFixtures {

    private ProgramFixtures() {
    }

    /** {@code public.<name>}. */
    public static QualifiedName name(String name) {
        return new QualifiedName("public", name);
    }

    public static View view(String name, String definition, String... dependsOn) {
        return new View(name(name), false, definition, List.of(),
                Arrays.stream(dependsOn).map(ProgramFixtures::name).toList(), null);
    }

    public static View materialized(String name, String definition, String... dependsOn) {
        View view = view(name, definition, dependsOn);
        return new View(view.name(), true, definition, List.of(), view.dependsOn(), null);
    }

    public static Routine function(String name, String arguments, String result, String body) {
        return new Routine(name(name), arguments, false, result, "CREATE OR REPLACE FUNCTION public." + name + "("
                + arguments + ")\n RETURNS " + result + "\n LANGUAGE sql\nAS $function$" + body + "$function$", false);
    }

    public static Routine procedure(String name, String arguments, String body) {
        return new Routine(name(name), arguments, true, "", "CREATE OR REPLACE PROCEDURE public." + name + "("
                + arguments + ")\n LANGUAGE plpgsql\nAS $procedure$" + body + "$procedure$", false);
    }

    public static Trigger trigger(String table, String name, String timing) {
        return new Trigger(name(table), name, "CREATE TRIGGER " + name + " " + timing + " ON public." + table
                + " FOR EACH ROW EXECUTE FUNCTION public.touch()");
    }

    public static Policy policy(String table, String name, String command, @Nullable String using,
            @Nullable String withCheck, String... roles) {
        return new Policy(name(table), name, true, command, List.of(roles), using, withCheck);
    }

    public static Grant grant(String table, String grantee, String privilege) {
        return new Grant(name(table), grantee, privilege, false);
    }

    public static Column column(String name, String type) {
        return new Column(name, type, false, null, Column.Identity.NONE, null, null, null);
    }

    /** A table with an {@code id integer} column and the given children. */
    public static Table table(String name, List<Trigger> triggers, List<Policy> policies, List<Grant> grants) {
        return table(name, List.of(column("id", "integer")), triggers, policies, grants, false, false);
    }

    public static Table table(String name, List<Column> columns, List<Trigger> triggers, List<Policy> policies,
            List<Grant> grants, boolean rowSecurity, boolean forceRowSecurity) {
        return new Table(name(name), columns, List.of(), List.of(), triggers, policies, grants, rowSecurity,
                forceRowSecurity, null);
    }

    /** A model holding only views and routines. */
    public static SchemaModel model(List<View> views, List<Routine> routines) {
        return new SchemaModel(new TreeSet<>(List.of("public")), Map.of(), Map.of(), Map.of(), Map.of(),
                byKey(views, View::name), byKey(routines, Routine::signature));
    }

    private static <K extends Comparable<K>, T> Map<K, T> byKey(List<T> objects, Function<T, K> key) {
        Map<K, T> map = new TreeMap<>();
        objects.forEach(object -> map.put(key.apply(object), object));
        return map;
    }
}
