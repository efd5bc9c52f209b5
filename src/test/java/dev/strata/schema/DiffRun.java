package dev.strata.schema;

import dev.strata.migration.cli.DbCli;
import dev.strata.settings.Env;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One {@code strata db diff} run in-process through {@link DbCli#run}, and what the harness reads
 * from its output.
 *
 * @param command the arguments, for messages
 * @param exitCode the exit code
 * @param out stdout: only SQL and comments
 * @param err stderr
 */
record DiffRun(List<String> command, int exitCode, String out, String err) {

    /** What a log line starts with: a timestamp, a level, or the CLI's own prefix. */
    private static final Pattern LOG_LINE = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d.*|(TRACE|DEBUG|INFO|WARN|WARNING|ERROR)[: ].*|strata:.*)");

    static DiffRun diff(String from, String to, boolean unsafe, List<String> args) {
        List<String> command = new ArrayList<>(List.of("diff", "--from", from, "--to", to));
        if (unsafe) {
            // Everything allowed: the harness checks the SQL; each hazard kind has its own tests.
            command.addAll(List.of("--unsafe", "--allow-hazards", String.join(",", Arrays.stream(HazardKind.values())
                    .filter(kind -> !kind.allowedByDefault()).map(Enum::name).toList())));
        }
        command.addAll(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = DbCli.run(command.toArray(String[]::new), Env.of(Map.of()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new DiffRun(command, exitCode, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** The SQL statements on stdout, without BEGIN and COMMIT. */
    List<String> statements() {
        return SqlStatements.split(out).stream()
                .filter(statement -> !statement.toUpperCase(Locale.ROOT).matches("BEGIN|COMMIT")).toList();
    }

    /** Whether stdout is wrapped in BEGIN ... COMMIT. */
    boolean wrapped() {
        List<String> all = SqlStatements.split(out);
        return !all.isEmpty() && all.getFirst().equalsIgnoreCase("BEGIN") && all.getLast().equalsIgnoreCase("COMMIT");
    }

    /** The text of the comment lines, without their {@code --}, joined and with whitespace collapsed. */
    String comments() {
        return collapse(String.join(" ", out.lines().map(String::strip).filter(line -> line.startsWith("--"))
                .map(line -> line.substring(2)).toList()));
    }

    /** Lines of stdout that look like log output rather than SQL. */
    List<String> logLines() {
        return out.lines().map(String::strip).filter(line -> LOG_LINE.matcher(line).matches()).toList();
    }

    /** Whether {@code text} contains {@code fragment}, case and runs of whitespace aside. */
    static boolean containsFragment(String text, String fragment) {
        return collapse(text).toLowerCase(Locale.ROOT).contains(collapse(fragment).toLowerCase(Locale.ROOT));
    }

    /** The run for a failure message. */
    String describe() {
        return "$ strata db " + String.join(" ", command) + "\nexit " + exitCode + "\n--- stdout:\n" + out
                + "\n--- stderr:\n" + err;
    }

    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
