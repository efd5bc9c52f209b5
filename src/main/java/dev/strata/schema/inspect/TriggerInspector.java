package dev.strata.schema.inspect;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Trigger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads the triggers users created on tables. */
final class TriggerInspector {

    private TriggerInspector() {
    }

    static List<Trigger> read(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "triggers", schemas, row -> new Trigger(
                new QualifiedName(row.getString("schema"), row.getString("table_name")), row.getString("name"),
                row.getString("definition"), Trigger.Firing.of(row.getString("firing"))));
    }
}
