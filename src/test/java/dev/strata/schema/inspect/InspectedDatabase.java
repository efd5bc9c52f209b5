package dev.strata.schema.inspect;

import dev.strata.schema.SchemaDiff;
import dev.strata.schema.SchemaFilter;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Table;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/** A fresh database to run DDL in and inspect, dropped by {@link #close()}. */
final class InspectedDatabase implements AutoCloseable {

    private final TestDatabase database = TestEnvironment.createDatabase();

    /** Runs each statement. */
    InspectedDatabase run(String... statements) {
        for (String statement : statements) {
            database.execute(statement);
        }
        return this;
    }

    SchemaModel inspect(String... schemas) {
        return inspect(new SchemaFilter(List.of(schemas)));
    }

    SchemaModel inspect(SchemaFilter filter) {
        try (Connection connection = database.connect()) {
            return SchemaDiff.inspect(connection, filter);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One table of one schema, which must exist. */
    Table table(String schema, String name) {
        return Objects.requireNonNull(inspect(schema).tables().get(new QualifiedName(schema, name)),
                () -> "no table " + schema + "." + name);
    }

    @Override
    public void close() {
        TestEnvironment.dropDatabase(database);
    }
}
