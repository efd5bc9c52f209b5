package dev.strata.schema.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.TestDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Runs one inspector on a test database the way the schema inspector does: with an empty search_path. */
final class Inspection {

    /** An inspector's read method. */
    @FunctionalInterface
    interface Reader<T> {
        List<T> read(Connection connection, Array schemas) throws SQLException;
    }

    private Inspection() {
    }

    static <T> List<T> read(TestDatabase database, Reader<T> reader, String... schemas) {
        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path = pg_catalog");
            }
            return reader.read(connection, connection.createArrayOf("text", schemas));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs rendered statements one by one, as psql runs a script. */
    static void apply(TestDatabase database, List<String> statements) {
        statements.forEach(database::execute);
    }

    /**
     * Drops every object the reader finds with its rendered drop (in reverse {@code order}), then
     * creates them with their rendered create (in {@code order}), and requires the same objects
     * back: the renderers write statements PostgreSQL takes and reads back as they were.
     */
    static <T> void assertDropsAndCreatesRoundTrip(TestDatabase database, Reader<T> reader,
            UnaryOperator<List<T>> order, Function<T, List<String>> drop, Function<T, List<String>> create,
            String... schemas) {
        List<T> before = read(database, reader, schemas);
        List<T> creates = order.apply(before);
        for (int i = creates.size() - 1; i >= 0; i--) {
            apply(database, drop.apply(creates.get(i)));
        }
        assertThat(read(database, reader, schemas)).isEmpty();
        creates.forEach(object -> apply(database, create.apply(object)));
        assertThat(read(database, reader, schemas)).isEqualTo(before);
    }
}
