package dev.strata.migration.cli;

import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs {@code strata db <verb>} without the web server. Exit codes: 0 success, 1 a failure with
 * one clear message on stderr, 2 a usage error with the usage text (and for {@code check}: 1
 * when the database is not at head).
 */
public final class DbCli {

    private DbCli() {
    }

    /** Runs the verb and its arguments (without the leading {@code db}); returns the exit code. */
    public static int run(String[] args, Env env, PrintStream out, PrintStream err) {
        try (CliContext context = new CliContext(env, out, err)) {
            CommandLine commandLine = new CommandLine(new DbCommand(), new VerbFactory(context))
                    .setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true))
                    .setExecutionExceptionHandler((error, command, parsed) -> {
                        StrataException failure = StrataException.find(error);
                        if (failure == null) {
                            throw error;
                        }
                        err.println("strata: " + failure.getMessage());
                        return failure.exitCode();
                    });
            return commandLine.execute(args);
        } catch (StrataException e) {
            err.println("strata: " + e.getMessage());
            return e.exitCode();
        }
    }

    /** Gives every verb the shared context through its constructor. */
    private record VerbFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
