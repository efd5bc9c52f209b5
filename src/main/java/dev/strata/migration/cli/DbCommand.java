package dev.strata.migration.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db}: the migration commands, Alembic's workflow on Flyway. Its verbs are added by {@link DbCli}. */
@Command(name = "strata db", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "dev.strata.migration.cli.JsonShapes",
        description = "Database migrations: Alembic's workflow on Flyway.",
        footer = {"", "Settings come from the environment and ./.env, as for the service (DATABASE_URL,",
            "MIGRATION_DATABASE_URL, STRATA_DB_WAIT...). Exit codes: 0 success, 1 failure, 2 usage error",
            "(diff: 0 equivalent, 2 changes printed, 3 destructive without --unsafe, 1 error or usage)."})
final class DbCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("strata db: a verb is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
