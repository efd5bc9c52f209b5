package dev.strata.schema;

import dev.strata.schema.model.Access;
import dev.strata.schema.model.EventTrigger;
import dev.strata.schema.model.Operator;
import dev.strata.schema.model.Publication;
import dev.strata.schema.model.PublicationTable;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Event triggers, operators and publications for unit tests, and models that hold them. */
public final class DatabaseObjects {

    private DatabaseObjects() {
    }

    /** An enabled trigger on ddl_command_end running {@code public.<function>()}, without tags or comment. */
    public static EventTrigger eventTrigger(String name, String function) {
        return new EventTrigger(name, "ddl_command_end", List.of(), Schemas.name(function), EventTrigger.ENABLED, null);
    }

    /** {@code public.<symbol>(text, text)} calling {@code public.<function>(text, text)}, nothing else set. */
    public static Operator operator(String symbol, String function) {
        return new Operator(Schemas.name(symbol), "text", "text", Schemas.name(function), "text, text", null, null,
                null, null, false, false, false, null);
    }

    public static Publication publication(String name, String... tables) {
        return new Publication(name, false, Arrays.stream(tables).map(DatabaseObjects::published).toList(), List.of(),
                Publication.PUBLISH_ALL, false, null);
    }

    public static PublicationTable published(String table) {
        return new PublicationTable(Schemas.name(table), List.of(), null);
    }

    public static Routine function(String name, String arguments) {
        return new Routine(Schemas.name(name), arguments, false, "boolean",
                "CREATE OR REPLACE FUNCTION public." + name + "(" + arguments + ")", false);
    }

    /** A model with these tables, routines and database objects, nothing else. */
    public static SchemaModel model(List<Table> tables, List<Routine> routines, List<EventTrigger> eventTriggers,
            List<Operator> operators, List<Publication> publications) {
        return new SchemaModel(new TreeSet<>(List.of("public")), Map.of(), Map.of(), Map.of(),
                byKey(tables, Table::name), Map.of(), byKey(routines, Routine::signature), Map.of(), Map.of(), Map.of(),
                Access.none(), Map.of(), byKey(eventTriggers, EventTrigger::name), byKey(operators, Operator::signature),
                byKey(publications, Publication::name));
    }

    private static <K extends Comparable<K>, T> Map<K, T> byKey(List<T> objects, Function<T, K> key) {
        Map<K, T> map = new TreeMap<>();
        objects.forEach(object -> map.put(key.apply(object), object));
        return map;
    }
}
