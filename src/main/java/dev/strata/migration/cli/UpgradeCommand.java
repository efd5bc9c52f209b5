package dev.strata.migration.cli;

import dev.strata.migration.MigrationService;
import dev.strata.migration.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code db upgrade [head | +N | version] [--sql]}. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply pending migrations up to the target (default head), one progress line per migration.")
final class UpgradeCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head", converter = TargetConverters.Up.class,
            description = "head (default), +N for the next N migrations, or a version.")
    Targets.Up target;

    @Option(names = "--sql", description = "Print the SQL that would run and change nothing.")
    boolean sql;

    UpgradeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (sql) {
            context.out.print(context.migrations().upgradeSql(target));
            return 0;
        }
        int applied = context.migrations().upgrade(target);
        context.out.println("Upgraded: " + applied + " migration(s) applied; now at "
                + MigrationService.describe(context.migrations().status()));
        return 0;
    }
}
