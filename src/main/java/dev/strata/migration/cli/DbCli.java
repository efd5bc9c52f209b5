package dev.strata.migration.cli;

import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * Runs {@code strata db <verb>} without the web server. Exit codes: 0 success, 1 a failure with
 * one clear message on stderr, 2 a usage error with the usage text (and for {@code check}: 1
 * when the database is not at head).
 */
public final class DbCli {

    /** The verbs by name, in the order the usage lists them. */
    private static final Map<String, Class<?>> VERBS = verbs(CurrentCommand.class, HistoryCommand.class,
            HeadsCommand.class, UpgradeCommand.class, DowngradeCommand.class, StampCommand.class, CheckCommand.class,
            RevisionCommand.class, DiffCommand.class, LintCommand.class, SquashCommand.class);

    private DbCli() {
    }

    /** The verbs' names. */
    static Set<String> verbNames() {
        return VERBS.keySet();
    }

    /** Runs the verb and its arguments (without the leading {@code db}); returns the exit code. */
    public static int run(String[] args, Env env, PrintStream out, PrintStream err) {
        try (CliContext context = new CliContext(env, out, err)) {
            VerbFactory factory = new VerbFactory(context);
            CommandLine commandLine = new CommandLine(new DbCommand(), factory);
            // Picocli reads every option of every verb it is given, a third of a second on a cold JVM:
            // a command names its verb first, so only that one is added; help and errors get them all.
            Class<?> named = args.length > 0 ? VERBS.get(args[0]) : null;
            for (Class<?> verb : named != null ? List.<Class<?>>of(named) : VERBS.values()) {
                commandLine.addSubcommand(new CommandLine(verb, factory));
            }
            commandLine.setOut(new PrintWriter(out, true))
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

    private static Map<String, Class<?>> verbs(Class<?>... classes) {
        Map<String, Class<?>> verbs = new LinkedHashMap<>();
        for (Class<?> verb : classes) {
            verbs.put(verb.getAnnotation(CommandLine.Command.class).name(), verb);
        }
        return verbs;
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
