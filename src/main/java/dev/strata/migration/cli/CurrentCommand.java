package dev.strata.migration.cli;

import dev.strata.migration.MigrationStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code db current}: the applied version, marked {@code (head)} when nothing is pending. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the applied version; '(head)' when nothing is pending.")
final class CurrentCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    JsonOutput output;

    CurrentCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        MigrationStatus status = context.migrations().status();
        boolean head = status.pending() == 0;
        output.print(() -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("version", status.current());
            body.put("head", head);
            return body;
        }, () -> context.out.println((status.current() == null ? "base" : status.current()) + (head ? " (head)" : "")));
        return 0;
    }
}
