package dev.strata.migration.autogenerate;

import dev.strata.migration.MigrationService;
import dev.strata.migration.RevisionFiles;
import dev.strata.migration.Targets;
import dev.strata.migration.autogenerate.shadow.ScratchDatabase;
import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.schema.DiffOptions;
import dev.strata.schema.DiffResult;
import dev.strata.schema.model.SchemaModel;
import dev.strata.settings.StrataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.api.MigrationVersion;

/**
 * {@code db squash --to VERSION}: the migrations up to VERSION folded into one Flyway baseline
 * migration ({@code B<VERSION>__squashed.sql}) and its down script, for new databases; databases
 * with history ignore it. The baseline is the schema diff from an empty database to the replay of
 * those migrations, and nothing is written unless it is proven on scratch databases: it builds
 * the replay's schema, its down script returns to empty, and with the migrations above VERSION it
 * builds the schema of the whole history. Rows the history writes, objects the engine does not
 * compare and schemas it never reads cannot be carried: it refuses them unless told otherwise.
 */
public final class Squash {

    private static final String ADVICE = "Keep the history as it is and report the case: the baseline the diff engine "
            + "writes does not rebuild this schema exactly";

    /**
     * What to squash.
     *
     * @param dbDirectory the project's {@code db} folder ({@code migration/}, {@code downgrade/})
     * @param version the newest version folded
     * @param allowLoss write even when the baseline cannot carry everything (listed in its header)
     * @param delete delete the folded migrations and their down scripts once the baseline is written
     */
    public record Request(Path dbDirectory, MigrationVersion version, boolean allowLoss, boolean delete) {
    }

    /**
     * What was written.
     *
     * @param files the baseline migration and its down script
     * @param folded the migrations folded, oldest first, by their path below {@code migration/}
     * @param deleted the files deleted ({@code --delete}), empty when they were kept
     * @param changes how many schema changes the baseline makes
     * @param notCarried what the baseline does not carry (only with {@code allowLoss})
     */
    public record Outcome(RevisionFiles.Created files, List<String> folded, List<Path> deleted, int changes,
            List<String> notCarried) {

        public Outcome {
            folded = List.copyOf(folded);
            deleted = List.copyOf(deleted);
            notCarried = List.copyOf(notCarried);
        }
    }

    private final Consumer<String> progress;

    public Squash(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Squashes on scratch databases of {@code scratch}; throws, having written nothing, when it cannot. */
    public Outcome run(Request request, ScratchServer scratch) {
        SquashedFiles files = SquashedFiles.read(request.dbDirectory(), request.version());
        String version = files.version().getVersion();
        List<String> locations = List.of("filesystem:" + files.folder().toAbsolutePath().normalize());
        progress.accept("Squash: " + files.folded().size() + " migration(s) up to version " + version);
        try (ScratchDatabase history = scratch.create(); ScratchDatabase baseline = scratch.create()) {
            new MigrationService(history.settings(), locations, progress).terse().upgrade(new Targets.UpTo(files.version()));
            SchemaModel replayed = Schemas.inspect(history.settings(), "the migrations up to version " + version);
            List<String> notCarried = NotCarried.find(history, replayed, files.dataStatements(), baseline);
            refuse(notCarried, request.allowLoss());
            SchemaModel empty = Schemas.inspect(baseline.settings(), "a new scratch database");
            DiffResult diff = Schemas.compare(baseline.settings(), empty, replayed, DiffOptions.none());
            if (diff.isEmpty()) {
                throw new StrataException("nothing was written: the migrations up to version " + version
                        + " build an empty schema");
            }
            Verification.run(baseline.settings(), empty, replayed, diff, "the migrations up to version " + version, ADVICE);
            progress.accept("Verify: the baseline builds the schema of the " + files.folded().size()
                    + " migration(s) it folds, and its down script returns to an empty schema");
            RevisionFiles.Contents contents = SquashText.contents(files, diff, notCarried);
            try (SquashedFolder proposed = SquashedFolder.of(files, contents, request.delete())) {
                verifyRest(files, proposed, scratch, locations);
                RevisionFiles.Created written = RevisionFiles.write(request.dbDirectory(), files.baselineName(), contents);
                List<Path> deleted = request.delete() ? SquashedFolder.delete(request.dbDirectory(), files) : List.of();
                return new Outcome(written, files.folded(), deleted, diff.changes().size(), notCarried);
            }
        } catch (IOException e) {
            throw new StrataException("cannot write the baseline in " + request.dbDirectory() + ": " + e.getMessage(), e);
        }
    }

    private static void refuse(List<String> notCarried, boolean allowLoss) {
        if (!notCarried.isEmpty() && !allowLoss) {
            throw new StrataException("nothing was written: a baseline made from the schema cannot carry "
                    + notCarried.size() + " thing(s) the history has (" + String.join("; ", notCarried) + "); move seed "
                    + "rows into a migration above the squashed version, or pass --allow-loss to write the baseline "
                    + "anyway (they are listed in its header)");
        }
    }

    /**
     * The folder as it would be (the baseline added, the folded files deleted with {@code --delete})
     * migrated onto an empty database must give the schema of the whole history as it is.
     */
    private void verifyRest(SquashedFiles files, SquashedFolder proposed, ScratchServer scratch, List<String> locations) {
        String version = files.version().getVersion();
        try (ScratchDatabase squashed = scratch.create();
                ScratchDatabase whole = ReplayCache.migrated(scratch, locations, progress).database()) {
            try {
                new MigrationService(squashed.settings(), List.of(proposed.location()), progress).terse().upgrade();
            } catch (StrataException e) {
                throw new StrataException("verification failed, nothing was written: on a new database, the baseline "
                        + "and the migrations above version " + version + " do not apply: " + e.getMessage(), e);
            }
            DiffResult left = Schemas.compare(whole.settings(), Schemas.inspect(squashed.settings(), "the squashed history"),
                    Schemas.inspect(whole.settings(), "the whole history"), DiffOptions.none());
            if (!left.isEmpty()) {
                throw Verification.failure("the baseline and the migrations above version " + version
                        + " do not build the schema of the whole history", left, ADVICE);
            }
        }
        progress.accept("Verify: on a new database the baseline and the migrations above version " + version
                + " build the schema of the whole history");
    }
}
