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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database per test class to run DDL in and inspect, dropped after the class:
 * {@code @RegisterExtension static final InspectedDatabase database = new InspectedDatabase();}.
 */
final class InspectedDatabase implements BeforeAllCallback, AfterAllCallback {

    private @Nullable TestDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        database = TestEnvironment.createDatabase();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            TestEnvironment.dropDatabase(database);
        }
    }

    /** Runs each statement. */
    InspectedDatabase run(String... statements) {
        for (String statement : statements) {
            database().execute(statement);
        }
        return this;
    }

    SchemaModel inspect(String... schemas) {
        return inspect(new SchemaFilter(List.of(schemas)));
    }

    SchemaModel inspect(SchemaFilter filter) {
        try (Connection connection = database().connect()) {
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

    private TestDatabase database() {
        return Objects.requireNonNull(database, "register InspectedDatabase with @RegisterExtension");
    }
}
