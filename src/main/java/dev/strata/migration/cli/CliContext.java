package dev.strata.migration.cli;

import dev.strata.embedded.EmbeddedPostgresServer;
import dev.strata.embedded.EmbeddedServices;
import dev.strata.migration.DatabaseWait;
import dev.strata.migration.MigrationLocations;
import dev.strata.migration.MigrationService;
import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.Env;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * What every verb shares: the settings, the output streams (results on stdout, progress on
 * stderr) and the {@link MigrationService}, each made on first use with the service's own settings.
 * With no database configured it uses the zero-setup embedded PostgreSQL: the running service's
 * when there is one, else it starts it for the command and stops it afterwards.
 */
final class CliContext implements AutoCloseable {

    private final Env env;
    final PrintStream out;
    final PrintStream err;
    private @Nullable CommandSettings settings;
    private @Nullable DatabaseSettings database;
    private @Nullable MigrationService migrations;
    private @Nullable EmbeddedPostgresServer embedded;
    private @Nullable ScratchServer scratch;

    CliContext(Env env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** The commands' settings, parsed when a verb first needs one, so that a usage error is reported as such. */
    CommandSettings settings() {
        if (settings == null) {
            settings = CommandSettings.from(env);
        }
        return settings;
    }

    MigrationService migrations() {
        if (migrations == null) {
            // Refused before waiting for the database: the answer does not depend on it.
            MigrationLocations.require(settings().migrations().locations());
            migrations = new MigrationService(database(), settings().migrations().locations(), err::println);
        }
        return migrations;
    }

    /** The configured database (the one migrations run on), once it answers. */
    DatabaseSettings database() {
        if (database == null) {
            DatabaseSettings target = target();
            // Through a transaction pooler the changing verbs refuse at once, before any connection.
            if (!target.isTransactionPooler()) {
                new DatabaseWait(target, err::println).await(settings().migrations().databaseWait());
            }
            database = target;
        }
        return database;
    }

    /** Where scratch databases are made (autogenerate, check), opened on first use and closed with the context. */
    ScratchServer scratch() {
        if (scratch == null) {
            scratch = ScratchServer.open(settings(), err::println);
        }
        return scratch;
    }

    private DatabaseSettings target() {
        return settings().database().databases(this::embeddedTarget).migration();
    }

    private DatabaseSettings embeddedTarget(String reason) {
        Path data = EmbeddedServices.postgresData(settings().embedded().home());
        Integer running = EmbeddedPostgresServer.runningPort(data);
        if (running != null) {
            err.println("Using the embedded PostgreSQL of the running service (" + reason + ", data in " + data + ")");
            return EmbeddedPostgresServer.settings(running);
        }
        err.println("Starting the embedded PostgreSQL (" + reason + ", data in " + data + ")");
        embedded = EmbeddedPostgresServer.start(data);
        return embedded.settings();
    }

    @Override
    public void close() {
        if (scratch != null) {
            scratch.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
