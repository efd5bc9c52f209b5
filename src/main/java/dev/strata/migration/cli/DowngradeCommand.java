package dev.strata.migration.cli;

import dev.strata.migration.MigrationService;
import dev.strata.migration.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code db downgrade -N | version | base [--sql]}. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Run the down scripts of the newest applied migrations, each in one transaction with "
                + "its history row; refuses before touching anything when a down script is missing.")
final class DowngradeCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "1", paramLabel = "TARGET", converter = TargetConverters.Down.class,
            description = "-N to go back N migrations, a version to go down to, or base to revert them all.")
    Targets.Down target;

    @Option(names = "--sql", description = "Print the SQL that would run and change nothing.")
    boolean sql;

    DowngradeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (sql) {
            context.out.print(context.migrations().downgradeSql(target));
            return 0;
        }
        int reverted = context.migrations().downgrade(target);
        context.out.println("Downgraded: " + reverted + " migration(s) reverted; now at "
                + MigrationService.describe(context.migrations().status()));
        return 0;
    }
}
