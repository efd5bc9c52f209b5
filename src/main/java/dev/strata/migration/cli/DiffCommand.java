package dev.strata.migration.cli;

import dev.strata.migration.autogenerate.FindingText;
import dev.strata.migration.autogenerate.NotComparedText;
import dev.strata.migration.autogenerate.Schemas;
import dev.strata.schema.DiffOptions;
import dev.strata.schema.DiffResult;
import dev.strata.schema.Hazard;
import dev.strata.schema.HazardKind;
import dev.strata.schema.OnlineOptions;
import dev.strata.schema.RenameArgument;
import dev.strata.schema.RenameHint;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.SchemaFilter;
import dev.strata.schema.TableSize;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.settings.DatabaseUrl;
import dev.strata.settings.StrataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code db diff --from URL --to URL}: prints the SQL that turns one database's schema into
 * another's. Standard output carries only SQL, so it can be piped into psql; with {@code --json},
 * one JSON object instead (see {@link #json}), the exit codes unchanged.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = "Print the SQL that turns the schema of --from into that of --to.",
        footer = {"", "Exit codes: 0 the schemas are equivalent (nothing printed), 2 changes printed,",
            "3 destructive changes without --unsafe, or hazards outside the allowed set without",
            "--allow-hazards (their statements printed as comments, reasons on stderr), 1 error,",
            "or with --strict objects of a kind the diff does not model (listed on stderr: not compared: ...).",
            "Every change's hazards are listed on stderr as KIND: change why; what to do."})
final class DiffCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--from", required = true, paramLabel = "URL", description = "The database to change.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The database whose schema is wanted.")
    String to;

    @Option(names = "--schema", paramLabel = "NAME",
            description = "Compare only this schema (repeatable). Default: every schema but PostgreSQL's and Supabase's.")
    List<String> schemas = new ArrayList<>();

    @Mixin
    HazardOptions hazards;

    @Mixin
    JsonOutput output;

    @Mixin
    OnlineOption online;

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = "Rename instead of drop and add, keeping the data (repeatable): table=new_table, "
                    + "table.column=table.new_column, schema-qualified when not in public.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--strict", description = "Exit 1, printing no SQL, when either database has objects of a "
            + "kind the diff does not model (the 'not compared' line on stderr).")
    boolean strict;

    DiffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Set<HazardKind> allowed = hazards.allowed();
        Timings timings = new Timings(context.settings().tools().diffTimings(), context.err);
        SchemaFilter filter = new SchemaFilter(schemas);
        // The two databases are read at the same time: most of the wait is on the servers.
        CompletableFuture<SchemaModel> pending = CompletableFuture.supplyAsync(() -> inspect("--to", to, filter));
        SchemaModel source = inspect("--from", from, filter);
        SchemaModel target = join(pending);
        OnlineOptions plan = online.options(context.settings().tools().online(), false);
        // Only an online plan needs the sizes: the rewrites it cannot avoid name them.
        Map<QualifiedName, TableSize> sizes = plan.enabled()
                ? Schemas.sizes(DatabaseUrl.parse("--from", from), "--from") : Map.of();
        timings.lap("inspect both");
        DiffResult result;
        try {
            result = Schemas.compare(DatabaseUrl.parse("--to", to), source, target,
                    new DiffOptions(renames.stream().map(r -> RenameArgument.parse(r, source)).toList(), plan, sizes));
        } catch (IllegalArgumentException e) {
            throw new StrataException(e.getMessage());
        }
        timings.lap("compare and render");
        FindingText.lines(result.findings()).forEach(w -> context.err.println("strata: " + w));
        Optional<String> notCompared = NotComparedText.line(result.notCompared());
        notCompared.ifPresent(context.err::println);
        if (strict && notCompared.isPresent()) {
            context.err.println("strata: --strict: some objects were not compared; nothing printed");
            output.print(() -> json(result, allowed, null), () -> { });
            return 1;
        }
        if (result.isEmpty()) {
            context.err.println("strata: no differences");
            output.print(() -> json(result, allowed, null), () -> { });
            return 0;
        }
        List<Hazard> refused = result.refused(allowed);
        String sql = refused.isEmpty() ? result.up().text()
                : DiffOutput.withHeldBackCommented(result, refused, plan.enabled()
                        ? SchemaDiff.onlineStatements(result.changes(), source, plan) : SchemaDiff::statements);
        if (!refused.isEmpty()) {
            explain(result, refused);
        }
        result.upPlan().forEach(step -> context.err.println("strata: online: " + step));
        output.print(() -> json(result, allowed, sql), () -> context.out.print(sql));
        return refused.isEmpty() ? 2 : 3;
    }

    /** Why statements were held back, on stderr: the destructive ones, then the others with their kinds. */
    private void explain(DiffResult result, List<Hazard> refused) {
        if (refused.stream().anyMatch(hazard -> hazard.kind() == HazardKind.DELETES_DATA)) {
            context.err.println("strata: " + result.destructive().size()
                    + " destructive change(s), printed as comments; review them and pass --unsafe to include them:");
            result.destructive().forEach(c -> context.err.println("  " + c.describe()));
        }
        Map<Change, Set<HazardKind>> others = DiffOutput.heldBack(refused.stream()
                .filter(hazard -> hazard.kind() != HazardKind.DELETES_DATA).toList());
        if (!others.isEmpty()) {
            String kinds = others.values().stream().flatMap(Set::stream).distinct().sorted().map(Enum::name)
                    .collect(Collectors.joining(","));
            context.err.println("strata: " + others.size() + " change(s) with hazards outside the allowed set (" + kinds
                    + "), printed as comments; review them and pass --allow-hazards " + kinds + " to include them:");
            others.keySet().forEach(c -> context.err.println("  " + c.describe()));
        }
    }

    /**
     * {@code --json}: the script as printed without it (null when none is printed), the changes in
     * the order they run with whether each is destructive, the hazards, the possible renames, every
     * finding as stderr words it, and how many objects of each kind were not compared.
     */
    private static Map<String, Object> json(DiffResult result, Set<HazardKind> allowed, @Nullable String sql) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sql", sql);
        json.put("changes", result.changes().stream().map(change -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("change", change.describe());
            entry.put("destructive", change.destructive());
            return entry;
        }).toList());
        json.put("hazards", HazardOptions.json(result.hazards(), allowed));
        json.put("possible_renames", FindingText.lines(result.findings().stream()
                .filter(RenameHint.class::isInstance).toList()));
        json.put("findings", FindingText.lines(result.findings()));
        json.put("not_compared", result.notCompared());
        return json;
    }

    private static SchemaModel join(CompletableFuture<SchemaModel> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private static SchemaModel inspect(String option, String url, SchemaFilter filter) {
        return Schemas.inspect(DatabaseUrl.parse(option, url), filter, option);
    }

    /** Per-phase wall times on stderr when STRATA_DIFF_TIMINGS is set. */
    private static final class Timings {
        private final boolean enabled;
        private final java.io.PrintStream err;
        private long last = System.nanoTime();

        Timings(boolean enabled, java.io.PrintStream err) {
            this.enabled = enabled;
            this.err = err;
        }

        void lap(String phase) {
            long now = System.nanoTime();
            if (enabled) {
                err.printf("strata: %-20s %6d ms%n", phase, (now - last) / 1_000_000);
            }
            last = now;
        }
    }
}
