package dev.strata.migration.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code db heads}: the newest available version (Flyway's history is linear: one head). */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the newest available version.")
final class HeadsCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    JsonOutput output;

    HeadsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String head = context.migrations().head();
        List<String> heads = head == null ? List.of() : List.of(head);
        output.print(() -> Map.of("heads", heads), () -> context.out.println(head == null ? "(no migrations)" : head + " (head)"));
        return 0;
    }
}
