package dev.strata.migration.cli;

import dev.strata.migration.RevisionFiles;
import dev.strata.migration.autogenerate.Autogenerate;
import dev.strata.migration.autogenerate.RenameQuestions;
import dev.strata.schema.Hazard;
import dev.strata.schema.HazardKind;
import dev.strata.settings.OnlineSettings;
import java.io.BufferedReader;
import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code db revision -m "message" [--autogenerate]}: an empty migration and its down script with
 * the next version, or with {@code --autogenerate} both written from the difference between the
 * migrations and the models, verified first.
 */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = {"Create a migration and its down script, versioned by UTC timestamp (yyyyMMddHHmmss), so two "
                + "branches adding migrations at once never collide. Empty, or with --autogenerate generated from the "
                + "difference between the migrations and the models (JPA entities plus db/schema/*.sql) and verified "
                + "on a scratch database before anything is written."},
        footer = {"", "Exit codes: 0 written, or no changes detected (nothing written); 1 failure, also a destructive",
            "change without --unsafe, a hazard outside the allowed set without --allow-hazards, or a failed",
            "verification (nothing written); 2 usage error. The hazards are listed in the migration's header.",
            "Scratch databases: SHADOW_DATABASE_URL (a server where CREATE DATABASE is allowed), else an",
            "embedded PostgreSQL with its data in <STRATA_HOME>/shadow."})
final class RevisionCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--message"}, required = true, description = "What the migration does.")
    String message;

    @Option(names = "--dir", defaultValue = "src/main/resources/db",
            description = "The folder holding migration/, downgrade/ and schema/ (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--autogenerate", description = "Write the SQL that turns the migrations' schema into the models'.")
    boolean autogenerate;

    @Option(names = "--against-live", description = "With --autogenerate: compare the models with the configured "
            + "database (only read) instead of the migrations.")
    boolean againstLive;

    @Mixin
    HazardOptions hazards;

    @Mixin
    JsonOutput output;

    @Mixin
    OnlineOption online;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "With --autogenerate: rename instead of drop and "
            + "add, keeping the data (repeatable): table=new_table, table.column=table.new_column.")
    List<String> renames = new ArrayList<>();

    RevisionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!autogenerate) {
            if (againstLive || hazards.given() || !renames.isEmpty() || online.given()) {
                throw new ParameterException(spec.commandLine(),
                        "--against-live, --unsafe, --allow-hazards, --rename and --[no-]online need --autogenerate");
            }
            print(RevisionFiles.create(directory, message, Clock.systemUTC()), List.of(), Set.of());
            return 0;
        }
        Set<HazardKind> allowed = hazards.allowed();
        OnlineSettings onlineSettings = context.settings().tools().online();
        Autogenerate.Request request = new Autogenerate.Request(message, directory, renames, allowed,
                againstLive ? context.database() : null, online.options(onlineSettings, onlineSettings.autogenerate()));
        Autogenerate autogenerate = new Autogenerate(context.settings(), context.err::println, Clock.systemUTC(),
                questions());
        return switch (autogenerate.run(request, context::scratch)) {
            case Autogenerate.Outcome.NoChanges none -> {
                output.print(() -> json(null, List.of(), allowed), () -> context.out.println("No changes detected"));
                yield 0;
            }
            case Autogenerate.Outcome.Written written -> {
                print(written.files(), written.diff().hazards(), allowed);
                yield 0;
            }
        };
    }

    /** On a terminal the possible renames are asked about; otherwise they stay hints with their --rename. */
    private static RenameQuestions questions() {
        Console console = System.console();
        return console != null
                ? RenameQuestions.reading(new BufferedReader(console.reader()), console.writer())
                : RenameQuestions.none();
    }

    private void print(RevisionFiles.Created created, List<Hazard> found, Set<HazardKind> allowed) {
        output.print(() -> json(created, found, allowed), () -> {
            context.out.println("Created " + created.up());
            context.out.println("Created " + created.down());
        });
    }

    /** {@code --json}: the files written (null when nothing was) and the up script's hazards. */
    private static Map<String, Object> json(RevisionFiles.@Nullable Created created, List<Hazard> found,
            Set<HazardKind> allowed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("up", created == null ? null : created.up().toString());
        json.put("down", created == null ? null : created.down().toString());
        json.put("hazards", HazardOptions.json(found, allowed));
        return json;
    }
}
