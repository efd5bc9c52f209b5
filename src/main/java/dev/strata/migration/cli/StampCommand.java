package dev.strata.migration.cli;

import dev.strata.migration.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code db stamp version | head | base}: record a version as applied without running anything. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Mark the database as being at a version without running any migration: the fix for "
                + "tables made by hand or by another tool ('relation already exists').")
final class StampCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "1", paramLabel = "TARGET", converter = TargetConverters.Mark.class,
            description = "head, base, or a version.")
    Targets.Mark target;

    StampCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String stamped = context.migrations().stamp(target);
        context.out.println("Stamped: the database is now recorded at " + stamped + "; nothing was run");
        return 0;
    }
}
