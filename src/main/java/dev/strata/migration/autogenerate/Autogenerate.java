package dev.strata.migration.autogenerate;

import dev.strata.migration.RevisionFiles;
import dev.strata.migration.autogenerate.desired.DesiredSchema;
import dev.strata.migration.autogenerate.shadow.ScratchDatabase;
import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.schema.DiffOptions;
import dev.strata.schema.DiffResult;
import dev.strata.schema.Hazard;
import dev.strata.schema.HazardKind;
import dev.strata.schema.OnlineOptions;
import dev.strata.schema.RenameArgument;
import dev.strata.schema.RenameHint;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.TableSize;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.StrataException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * {@code db revision --autogenerate}: the current schema (the migrations applied to a scratch
 * database, or the live database) against the desired one (entities and declarative SQL in
 * another scratch database); the diff, verified on the current-state database, is written as a
 * migration and its down script. Nothing is written when the schemas agree, when a destructive
 * change or another hazard is not allowed, or when the verification fails.
 */
public final class Autogenerate {

    /**
     * What to generate.
     *
     * @param message the migration's description (its file name's slug)
     * @param dbDirectory the project's {@code db} folder ({@code migration/}, {@code downgrade/}, {@code schema/})
     * @param renames {@code OLD=NEW} arguments: renames instead of a drop and an add
     * @param allowed the hazard kinds the migration may carry (with DELETES_DATA destructive changes may be written)
     * @param live the configured database to compare against instead of the migrations, or null
     * @param online whether and how the scripts are planned online ({@code --online})
     */
    public record Request(String message, Path dbDirectory, List<String> renames, Set<HazardKind> allowed,
            @Nullable DatabaseSettings live, OnlineOptions online) {

        public Request {
            renames = List.copyOf(renames);
            allowed = Set.copyOf(allowed);
        }

        /** Plain scripts. */
        public Request(String message, Path dbDirectory, List<String> renames, Set<HazardKind> allowed,
                @Nullable DatabaseSettings live) {
            this(message, dbDirectory, renames, allowed, live, OnlineOptions.off());
        }
    }

    /** What happened. */
    public sealed interface Outcome {

        /** The schemas agree; nothing was written. */
        record NoChanges() implements Outcome {
        }

        /** The files written and the diff they hold. */
        record Written(RevisionFiles.Created files, DiffResult diff) implements Outcome {
        }
    }

    private final CommandSettings settings;
    private final Consumer<String> progress;
    private final Clock clock;
    private final UnaryOperator<DiffResult> review;
    private final RenameQuestions questions;

    /**
     * @param questions asked about each possible rename (a terminal's, or {@link RenameQuestions#none()})
     */
    public Autogenerate(CommandSettings settings, Consumer<String> progress, Clock clock, RenameQuestions questions) {
        this(settings, progress, clock, UnaryOperator.identity(), questions);
    }

    /** With {@code review} applied to the diff before it is verified: how a test spoils a script. */
    Autogenerate(CommandSettings settings, Consumer<String> progress, Clock clock, UnaryOperator<DiffResult> review,
            RenameQuestions questions) {
        this.settings = settings;
        this.progress = progress;
        this.clock = clock;
        this.review = review;
        this.questions = questions;
    }

    /**
     * Runs the request on the scratch server {@code scratch} gives, asked for once. When its
     * version is known beforehand (the embedded server's), Hibernate renders the entities while it
     * starts.
     */
    public Outcome run(Request request, Supplier<ScratchServer> scratch) {
        DesiredSchema models = DesiredSchema.of(settings, request.dbDirectory());
        OptionalInt expected = ScratchServer.expectedMajorVersion(settings);
        CompletableFuture<ScratchDatabase> wantedDatabase = new CompletableFuture<>();
        // Logging starts here, on one thread: started by two at once, SLF4J warns on stderr that it replays calls.
        LoggerFactory.getILoggerFactory();
        // The models render (mostly Hibernate, in this JVM) while the migrations run (mostly PostgreSQL).
        CompletableFuture<Desired> rendering = Background.start(models.loader(),
                () -> desired(models, expected, wantedDatabase));
        ScratchServer server;
        ScratchDatabase wanted;
        try {
            server = scratch.get();
            wanted = server.create();
        } catch (RuntimeException e) {
            wantedDatabase.completeExceptionally(e);
            Background.settle(rendering);
            throw e;
        }
        wantedDatabase.complete(wanted);
        try (wanted) {
            try (Current current = request.live() == null ? migrated(request, server) : replica(request.live(), server)) {
                return compare(request, current, wanted, Background.join(rendering));
            } catch (RuntimeException e) {
                // The models' thread is done with the database before it is dropped.
                Background.settle(rendering);
                throw e;
            }
        }
    }

    private Outcome compare(Request request, Current current, ScratchDatabase wanted, Desired desired) {
        long diffing = System.nanoTime();
        Plan plan = new Plan(request.online(), current.sizes());
        DiffResult compared = askAboutRenames(wanted, current.schema(), desired.schema(), request.renames(), plan);
        NotComparedText.line(compared.notCompared()).ifPresent(progress);
        DiffResult diff = review.apply(compared);
        progress.accept("Diff: " + diff.changes().size() + " changes (" + diff.destructive().size() + " destructive), "
                + diff.findings().size() + " warnings in " + millis(diffing) + " ms");
        if (diff.isEmpty()) {
            return new Outcome.NoChanges();
        }
        FindingText.lines(diff.findings()).forEach(warning -> progress.accept("Warning: " + warning));
        refuse(diff, request.allowed());
        long verifying = System.nanoTime();
        Verification.run(current.start().settings(), current.schema(), desired.schema(), diff);
        progress.accept("Verify: the up script reaches the models and the down script returns to the start, in "
                + millis(verifying) + " ms");
        RevisionFiles.Created files = RevisionFiles.create(request.dbDirectory(), request.message(), clock,
                name -> RevisionText.contents(name, request.message(), diff, desired.schema(), desired.warnings(),
                        request.online().enabled()));
        return new Outcome.Written(files, diff);
    }

    /**
     * The current schema and the scratch database that holds it, where the scripts are verified;
     * closing drops it. The sizes of its tables are known when it was read from a live database.
     */
    private record Current(ScratchDatabase start, SchemaModel schema, Map<QualifiedName, TableSize> sizes)
            implements AutoCloseable {

        @Override
        public void close() {
            start.close();
        }
    }

    private Current migrated(Request request, ScratchServer scratch) {
        ScratchDatabase start = ReplayCache.migrated(scratch,
                CurrentSchema.locations(settings.migrations(), request.dbDirectory()), progress).database();
        try {
            return new Current(start, inspect(start, "the migrations' scratch database"), Map.of());
        } catch (RuntimeException e) {
            start.close();
            throw e;
        }
    }

    /** The live schema, and a copy of it in a scratch database to verify the scripts on: the live database is only read. */
    private Current replica(DatabaseSettings live, ScratchServer scratch) {
        long begin = System.nanoTime();
        SchemaModel schema = Schemas.inspect(live, "the live database");
        Map<QualifiedName, TableSize> sizes = Schemas.sizes(live, "the live database");
        ScratchDatabase start = scratch.create();
        try {
            SchemaModel empty = Schemas.inspect(start.settings(), "a new scratch database");
            Schemas.run(start.settings(), SchemaDiff.compare(empty, schema, DiffOptions.none()).up(),
                    "copying the live schema to a scratch database");
        } catch (RuntimeException e) {
            start.close();
            throw e;
        }
        progress.accept("Current schema: the live database " + live.describe() + ", read and copied in " + millis(begin)
                + " ms");
        return new Current(start, schema, sizes);
    }

    /** The models' schema and the entity warnings. */
    private record Desired(SchemaModel schema, List<String> warnings) {
    }

    /** Renders the entities (first, when the version is known), then builds and reads the models' database. */
    private Desired desired(DesiredSchema models, OptionalInt expected, CompletableFuture<ScratchDatabase> wantedDatabase) {
        DesiredSchema.Rendering early = expected.isPresent() ? models.render(expected.getAsInt()) : null;
        ScratchDatabase wanted = Background.join(wantedDatabase);
        try (Connection connection = wanted.connect()) {
            List<String> warnings = early == null ? models.applyTo(connection, progress)
                    : models.applyTo(connection, early, progress);
            warnings.forEach(warning -> progress.accept("Warning: entity " + warning));
            return new Desired(inspect(wanted, "the models' scratch database"), warnings);
        } catch (SQLException e) {
            throw new StrataException("cannot connect to the scratch database " + wanted.name() + ": " + e.getMessage(), e);
        }
    }

    private SchemaModel inspect(ScratchDatabase database, String what) {
        long begin = System.nanoTime();
        SchemaModel schema = Schemas.inspect(database.settings(), what);
        progress.accept("Inspected " + what + " in " + millis(begin) + " ms");
        return schema;
    }

    /**
     * The diff, compared again with each possible rename the person confirms (a confirmed table
     * rename can bring column renames to light, which are asked about in turn); each hint is asked once.
     */
    private DiffResult askAboutRenames(ScratchDatabase wanted, SchemaModel current, SchemaModel desired,
            List<String> renames, Plan plan) {
        List<String> asserted = new ArrayList<>(renames);
        Set<RenameHint> asked = new HashSet<>();
        DiffResult diff = compare(wanted, current, desired, asserted, plan);
        boolean confirmed = true;
        while (confirmed) {
            confirmed = false;
            for (RenameHint hint : diff.findings().stream().filter(RenameHint.class::isInstance)
                    .map(RenameHint.class::cast).filter(asked::add).toList()) {
                if (questions.confirm(RenameQuestions.question(hint))) {
                    asserted.add(RenameArgument.format(hint.rename()));
                    confirmed = true;
                }
            }
            if (confirmed) {
                diff = compare(wanted, current, desired, asserted, plan);
            }
        }
        return diff;
    }

    /** How the scripts are planned: online or not, and the live tables' sizes when known. */
    private record Plan(OnlineOptions online, Map<QualifiedName, TableSize> sizes) {
    }

    private static DiffResult compare(ScratchDatabase wanted, SchemaModel current, SchemaModel desired,
            List<String> renames, Plan plan) {
        try {
            return Schemas.compare(wanted.settings(), current, desired,
                    new DiffOptions(renames.stream().map(rename -> RenameArgument.parse(rename, current)).toList(),
                            plan.online(), plan.sizes()));
        } catch (IllegalArgumentException e) {
            throw new StrataException(e.getMessage(), e);
        }
    }

    private static void refuse(DiffResult diff, Set<HazardKind> allowed) {
        if (!allowed.contains(HazardKind.DELETES_DATA)) {
            refuseDestructive(diff);
        }
        List<Hazard> refused = diff.refused(allowed);
        if (refused.isEmpty()) {
            return;
        }
        String kinds = refused.stream().map(Hazard::kind).distinct().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
        throw new StrataException("nothing was written: " + refused.size() + " hazard(s) outside the allowed set ("
                + String.join("; ", FindingText.lines(refused)) + "); review them, then pass --allow-hazards " + kinds);
    }

    private static void refuseDestructive(DiffResult diff) {
        if (diff.destructive().isEmpty()) {
            return;
        }
        StringBuilder reasons = new StringBuilder();
        for (Change change : diff.destructive()) {
            reasons.append(reasons.isEmpty() ? "" : "; ").append(change.describe());
        }
        List<String> renames = FindingText.lines(diff.findings().stream().filter(RenameHint.class::isInstance).toList());
        throw new StrataException("nothing was written: " + diff.destructive().size() + " destructive change(s) ("
                + reasons + ") can lose data; if that is intended pass --unsafe, if it is a rename pass --rename OLD=NEW"
                + (renames.isEmpty() ? "" : "; " + String.join("; ", renames)));
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
