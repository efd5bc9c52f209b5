package dev.strata.migration.cli;

import dev.strata.migration.MigrationEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code db history}: every migration, applied, pending or failed. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List every migration with its state, install time and execution time.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final CliContext context;

    @Option(names = {"-v", "--verbose"}, description = "Also show each script's file name.")
    boolean verbose;

    @Mixin
    JsonOutput output;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<MigrationEntry> entries = context.migrations().history();
        output.print(() -> entries.stream().map(HistoryCommand::json).toList(), () -> table(entries));
        return 0;
    }

    private void table(List<MigrationEntry> entries) {
        String format = "%-16s %-32s %-9s %-20s %8s" + (verbose ? "  %s" : "%s") + "%n";
        context.out.printf(format, "VERSION", "DESCRIPTION", "STATE", "INSTALLED ON (UTC)", "TIME", verbose ? "SCRIPT" : "");
        for (MigrationEntry entry : entries) {
            context.out.printf(format, entry.version(), entry.description(), entry.state(),
                    entry.installedOn() == null ? "" : TIME.format(entry.installedOn()),
                    entry.executionTimeMillis() == null ? "" : entry.executionTimeMillis() + " ms",
                    verbose ? entry.script() : "");
        }
    }

    private static Map<String, Object> json(MigrationEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("version", entry.version());
        row.put("description", entry.description());
        row.put("state", entry.state());
        row.put("script", entry.script());
        row.put("installed_on", entry.installedOn() == null ? null : entry.installedOn().toString());
        row.put("execution_time_ms", entry.executionTimeMillis());
        return row;
    }
}
