package dev.strata.migration.cli;

import dev.strata.migration.MigrationService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code db check}: exit 0 at head with nothing failed or modified; exit 1 listing what is not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 0 when the database is at head with no failed or modified migration; "
                + "exit 1 listing what is pending or wrong.")
final class CheckCommand implements Callable<Integer> {

    private final CliContext context;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<String> problems = context.migrations().check();
        if (problems.isEmpty()) {
            context.out.println("OK: " + MigrationService.describe(context.migrations().status()));
            return 0;
        }
        problems.forEach(context.out::println);
        context.err.println("strata: the database is not at head: " + problems.size() + " problem(s)");
        return 1;
    }
}
