package dev.strata.schema;

import dev.strata.schema.model.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;

/** The diff engine's facade: what the CLI and autogenerate call. */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /** Reads the schemas {@code filter} selects from the database behind {@code connection}. */
    public static SchemaModel inspect(Connection connection, SchemaFilter filter) throws SQLException {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The changes, scripts and warnings that turn {@code from} into {@code to}. */
    public static DiffResult compare(SchemaModel from, SchemaModel to, DiffOptions options) {
        throw new UnsupportedOperationException("not built yet");
    }
}
