package dev.strata.migration.cli;

import dev.strata.migration.MigrationService;
import dev.strata.migration.autogenerate.ModelDrift;
import dev.strata.migration.autogenerate.NotComparedText;
import dev.strata.schema.DiffResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code db check}: exit 0 at head with nothing failed or modified and a schema that matches the
 * models; exit 1 listing what is not.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Exit 0 when the database is at head with no failed or modified migration and its schema "
                + "matches the models (JPA entities plus db/schema/*.sql); exit 1 listing what is pending or wrong, "
                + "or printing the changes that would make the schema match (Alembic's check)."})
final class CheckCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--dir", defaultValue = "src/main/resources/db",
            description = "The folder holding schema/ (default: ${DEFAULT-VALUE}); the classpath's db/schema when absent.")
    Path directory;

    @Option(names = "--migrations-only", description = "Skip the comparison with the models (no scratch database).")
    boolean migrationsOnly;

    @Option(names = "--strict", description = "Exit 1 when either schema has objects of a kind the comparison does "
            + "not model (the 'not compared' line on stderr).")
    boolean strict;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<String> problems = context.migrations().check();
        if (!problems.isEmpty()) {
            problems.forEach(context.out::println);
            context.err.println("strata: the database is not at head: " + problems.size() + " problem(s)");
            return 1;
        }
        if (!migrationsOnly) {
            DiffResult drift = ModelDrift.of(context.database(), context.scratch(),
                    context.settings(), directory, context.err::println);
            Optional<String> notCompared = NotComparedText.line(drift.notCompared());
            notCompared.ifPresent(context.err::println);
            if (!drift.isEmpty()) {
                drift.changes().forEach(change -> context.out.println("differs from the models: " + change.describe()));
                context.out.print(drift.up().text());
                context.err.println("strata: the database schema differs from the models: " + drift.changes().size()
                        + " change(s); write them with db revision --autogenerate");
                return 1;
            }
            if (strict && notCompared.isPresent()) {
                context.err.println("strata: --strict: some objects were not compared with the models");
                return 1;
            }
        }
        context.out.println("OK: " + MigrationService.describe(context.migrations().status())
                + (migrationsOnly ? "" : ", schema matches the models"));
        return 0;
    }
}
