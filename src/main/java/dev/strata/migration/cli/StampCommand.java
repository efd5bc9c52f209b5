package dev.strata.migration.cli;

import dev.strata.migration.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code db stamp version | head | base}: record a version as applied without running anything. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Mark the database as being at a version without running any migration: the fix for "
                + "tables made by hand or by another tool ('relation already exists').")
final class StampCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "1", paramLabel = "TARGET", converter = StampTarget.class,
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

    /** Parses the target word; a malformed one is a usage error. */
    static final class StampTarget implements ITypeConverter<Targets.Mark> {
        @Override
        public Targets.Mark convert(String value) {
            try {
                return Targets.mark(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
