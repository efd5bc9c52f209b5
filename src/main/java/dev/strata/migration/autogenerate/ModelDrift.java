package dev.strata.migration.autogenerate;

import dev.strata.migration.autogenerate.desired.DesiredSchema;
import dev.strata.migration.autogenerate.shadow.ScratchDatabase;
import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.schema.DiffOptions;
import dev.strata.schema.DiffResult;
import dev.strata.schema.model.SchemaModel;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.StrataException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * What {@code db check} adds to the migration state (Alembic's {@code check}): the changes that
 * would turn the database's schema into the one the models ask for. Empty when they agree.
 */
public final class ModelDrift {

    private ModelDrift() {
    }

    public static DiffResult of(DatabaseSettings database, ScratchServer scratch, CommandSettings settings, Path dbDirectory,
            Consumer<String> progress) {
        try (ScratchDatabase wanted = scratch.create(); Connection connection = wanted.connect()) {
            DesiredSchema.of(settings, dbDirectory).applyTo(connection, progress);
            SchemaModel desired = Schemas.inspect(wanted.settings(), "the models' scratch database");
            return Schemas.compare(wanted.settings(), Schemas.inspect(database, "the database"), desired, DiffOptions.none());
        } catch (SQLException e) {
            throw new StrataException("cannot connect to a scratch database: " + e.getMessage(), e);
        }
    }
}
