package dev.strata.schema.inspect;

import dev.strata.schema.model.EventTrigger;
import dev.strata.schema.model.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Reads the event triggers whose function is in a compared schema, by name. */
final class EventTriggerInspector {

    private EventTriggerInspector() {
    }

    static Map<String, EventTrigger> read(Connection connection, Array schemas) throws SQLException {
        return SchemaInspector.byKey(CatalogQuery.run(connection, "event_triggers", schemas, row -> new EventTrigger(
                row.getString("name"), row.getString("event"), CatalogQuery.strings(row, "tags"),
                new QualifiedName(row.getString("function_schema"), row.getString("function_name")),
                row.getString("state"), row.getString("comment"))), EventTrigger::name);
    }
}
