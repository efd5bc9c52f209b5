package dev.strata.migration.cli;

import dev.strata.migration.RevisionFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db revision -m "message"}: an empty migration and its down script with the next version. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Create an empty migration and its down script, versioned by UTC timestamp "
                + "(yyyyMMddHHmmss), so two branches adding migrations at once never collide.")
final class RevisionCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = {"-m", "--message"}, required = true, description = "What the migration does.")
    String message;

    @Option(names = "--dir", defaultValue = "src/main/resources/db",
            description = "The folder holding migration/ and downgrade/ (default: ${DEFAULT-VALUE}).")
    Path directory;

    RevisionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RevisionFiles.Created created = RevisionFiles.create(directory, message, Clock.systemUTC());
        context.out.println("Created " + created.up());
        context.out.println("Created " + created.down());
        return 0;
    }
}
