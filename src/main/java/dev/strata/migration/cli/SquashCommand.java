package dev.strata.migration.cli;

import dev.strata.migration.autogenerate.Squash;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.MigrationVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code db squash --to VERSION}: the migrations up to VERSION folded into one Flyway baseline
 * migration and its down script for new databases, verified on scratch databases first.
 */
@Command(name = "squash", mixinStandardHelpOptions = true,
        description = {"Fold the migrations up to VERSION into one Flyway baseline migration, B<VERSION>__squashed.sql, "
                + "and its down script. New databases start from it, then apply the versions above VERSION; databases "
                + "whose history already holds versions ignore it (Flyway's baseline migrations). Verified on scratch "
                + "databases before anything is written: it builds the schema of the migrations it folds, its down "
                + "script returns to an empty schema, and the rest of the history still applies on it."},
        footer = {"", "The old migrations are kept unless --delete: delete them only once every database is past",
            "VERSION (a database still below it needs them). Rows the history inserts, objects of kinds the diff",
            "engine does not compare and Supabase's schemas cannot be carried: squash refuses them unless",
            "--allow-loss. Exit codes: 0 written; 1 failure, also VERSION not found, something the baseline",
            "cannot carry, or a failed verification (nothing written); 2 usage error."})
final class SquashCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--to", required = true, paramLabel = "VERSION", converter = TargetConverters.Version.class,
            description = "The newest migration to fold (a version such as 2 or 20261121093000).")
    MigrationVersion version;

    @Option(names = "--dir", defaultValue = "src/main/resources/db",
            description = "The folder holding migration/ and downgrade/ (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--allow-loss", description = "Write the baseline even though it does not carry the rows or "
            + "objects listed (they are named in its header and on stderr).")
    boolean allowLoss;

    @Option(names = "--delete", description = "Delete the folded migrations and their down scripts once the baseline "
            + "is written (only when every database is past VERSION).")
    boolean delete;

    @Mixin
    JsonOutput output;

    SquashCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Squash.Outcome outcome = new Squash(context.err::println)
                .run(new Squash.Request(directory, version, allowLoss, delete), context.scratch());
        outcome.notCarried().forEach(line -> context.err.println("Warning: not carried: " + line));
        output.print(() -> json(outcome), () -> {
            context.out.println("Created " + outcome.files().up());
            context.out.println("Created " + outcome.files().down());
            outcome.deleted().forEach(file -> context.out.println("Deleted " + file));
        });
        return 0;
    }

    /** {@code --json}: the files written and deleted, the migrations folded and what the baseline does not carry. */
    private Map<String, Object> json(Squash.Outcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", version.getVersion());
        json.put("baseline", outcome.files().up().toString());
        json.put("down", outcome.files().down().toString());
        json.put("folded", outcome.folded());
        json.put("deleted", outcome.deleted().stream().map(Path::toString).toList());
        json.put("changes", outcome.changes());
        json.put("not_carried", outcome.notCarried());
        return json;
    }
}
