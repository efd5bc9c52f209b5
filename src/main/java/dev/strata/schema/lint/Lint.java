package dev.strata.schema.lint;

import static dev.strata.schema.HazardKind.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.strata.schema.HazardKind.ACQUIRES_SHARE_LOCK;
import static dev.strata.schema.HazardKind.ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK;
import static dev.strata.schema.HazardKind.AUTHZ_UPDATE;
import static dev.strata.schema.HazardKind.CORRECTNESS;
import static dev.strata.schema.HazardKind.DELETES_DATA;
import static dev.strata.schema.HazardKind.FAILS_ON_EXISTING_ROWS;
import static dev.strata.schema.HazardKind.HAS_UNTRACKABLE_DEPENDENCIES;
import static dev.strata.schema.HazardKind.IMPACTS_DATABASE_PERFORMANCE;
import static dev.strata.schema.HazardKind.INDEX_BUILD;
import static dev.strata.schema.HazardKind.INDEX_DROPPED;
import static dev.strata.schema.HazardKind.IS_USER_GENERATED;
import static dev.strata.schema.HazardKind.UPGRADING_EXTENSION_VERSION;

import dev.strata.schema.Hazard;
import dev.strata.schema.HazardKind;
import dev.strata.schema.OnlineOptions;
import dev.strata.schema.TableSize;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Securable;
import dev.strata.schema.ops.AccessChange;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.NamespaceChange.AlterExtension;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.ReplaceRoutine;
import dev.strata.schema.ops.TableChange.AlterStorage;
import dev.strata.schema.ops.TableChange.AttachPartition;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DetachPartition;
import dev.strata.schema.ops.TableChange.DropTable;
import dev.strata.schema.ops.TableChange.NoInherit;
import dev.strata.schema.ops.TableChange.RenameTable;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import dev.strata.schema.render.OnlineRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Gives every change its hazards (a change may have several): what can lose data, fail on
 * existing rows, lock a busy table, slow it down, change who may do what, or run what the diff
 * cannot check. Only tables that exist in the {@code from} schema (under their new name when
 * renamed) can hold rows, so what happens to a table the same changes create is never flagged.
 */
public final class Lint {

    /** Defaults that give every existing row a value of its own, so adding the column rewrites the table. */
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(nextval|random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14]|uuidv[47])\\s*\\(");

    private static final String CONCURRENTLY = "on a large table build it with CREATE INDEX CONCURRENTLY in a migration "
            + "of its own (executeInTransaction=false)";
    private static final String NOT_VALID = "on a large table add it NOT VALID and VALIDATE CONSTRAINT in a later "
            + "migration";

    private Lint() {
    }

    /** The hazards of the plain script. */
    public static List<Hazard> check(List<Change> changes, SchemaModel from) {
        return check(changes, from, false, Map.of());
    }

    /**
     * The hazards of the script planned online or not: online, an index built CONCURRENTLY no
     * longer blocks writes, a constraint added NOT VALID no longer checks the rows under its
     * lock, and a type change planned as a backfill no longer rewrites the table in place. A type
     * change that rewrites a table names the table's size when {@code sizes} has it.
     */
    public static List<Hazard> check(List<Change> changes, SchemaModel from, boolean online,
            Map<QualifiedName, TableSize> sizes) {
        // A renamed table keeps its rows under its new name; a dropped one takes its indexes along.
        Set<QualifiedName> existing = new HashSet<>(from.tables().keySet());
        Set<QualifiedName> created = new HashSet<>();
        Set<AttachPartition> attached = new HashSet<>();
        for (Change change : changes) {
            switch (change) {
                case AttachPartition attach -> attached.add(attach);
                case RenameTable rename -> existing.add(rename.to());
                case DropTable drop -> existing.remove(drop.table().name());
                case CreateTable create -> created.add(create.table().name());
                case CreateView create -> created.add(create.view().name());
                default -> {
                    // the other changes do not decide which tables hold rows
                }
            }
        }
        Context context = new Context(existing, created, attached,
                online ? OnlineRenderer.of(changes, from, OnlineOptions.defaults()) : null, sizes);
        List<Hazard> hazards = new ArrayList<>();
        changes.forEach(change -> hazards.addAll(context.hazards(change)));
        return hazards;
    }

    /**
     * The tables that may hold rows, the objects the changes create (nobody uses them yet), and the
     * partitions they attach (one detached and attached again to its parent has only a new bound).
     */
    private record Context(Set<QualifiedName> existing, Set<QualifiedName> created, Set<AttachPartition> attached,
            @Nullable OnlineRenderer online, Map<QualifiedName, TableSize> sizes) {

        List<Hazard> hazards(Change change) {
            List<Hazard> hazards = new ArrayList<>();
            Adder add = (kind, why, whatToDo) -> hazards.add(new Hazard(kind, change, why, whatToDo));
            if (change.destructive()) {
                add.hazard(DELETES_DATA, "can lose data", "if that is intended pass --unsafe; if it is a rename pass "
                        + "--rename OLD=NEW");
            }
            switch (change) {
                case AddColumn c when existing.contains(c.table()) -> addColumn(c.column(), add);
                case AlterColumnNullability c when c.notNull() && existing.contains(c.table()) -> {
                    add.hazard(FAILS_ON_EXISTING_ROWS, "fails if any row holds NULL", "backfill first");
                    if (online != null) {
                        break;
                    }
                    add.hazard(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, "scans the whole table under an ACCESS EXCLUSIVE lock",
                            "on a large table add CHECK (column IS NOT NULL) NOT VALID, validate it in a later "
                                    + "migration, then SET NOT NULL (PostgreSQL 12+ skips the scan)");
                }
                case AddConstraint c when existing.contains(c.table()) -> addConstraint(c, online != null, add);
                case CreateIndex c when existing.contains(c.table()) && online != null -> {
                    add.hazard(INDEX_BUILD, "reads the whole table while it builds CONCURRENTLY (writes go on); if it "
                            + "fails it leaves an INVALID index behind", "drop the INVALID index before running it again");
                    if (c.index().unique()) {
                        add.hazard(FAILS_ON_EXISTING_ROWS, "fails if existing rows hold duplicates",
                                "remove the duplicates first");
                    }
                }
                case CreateIndex c when existing.contains(c.table()) -> {
                    add.hazard(ACQUIRES_SHARE_LOCK, "blocks writes (SHARE lock) while it builds", CONCURRENTLY);
                    add.hazard(INDEX_BUILD, "reads the whole table and loads the server while it builds",
                            "build it when the database is quiet, or CONCURRENTLY");
                    if (c.index().unique()) {
                        add.hazard(FAILS_ON_EXISTING_ROWS, "fails if existing rows hold duplicates",
                                "remove the duplicates first");
                    }
                }
                case DropIndex c when existing.contains(c.table()) -> add.hazard(INDEX_DROPPED,
                        "leaves the queries that used it to scan the table",
                        "check pg_stat_user_indexes.idx_scan first; drop it CONCURRENTLY on a busy table");
                case DropConstraint c when existing.contains(c.table()) && indexed(c.constraint().kind()) ->
                        add.hazard(IMPACTS_DATABASE_PERFORMANCE, "drops the index that enforced it",
                                "check that no query needs that index, or keep an index on the same columns");
                case AlterColumnType c when OnlineRenderer.rewrites(c) -> retype(c, add);
                case AlterStorage c when existing.contains(c.table()) -> {
                    if (c.from().unlogged() != c.to().unlogged()) {
                        add.hazard(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, "rewrites the table under an ACCESS EXCLUSIVE lock",
                                "run it when the table can be locked for as long as a copy of it takes");
                    }
                    if (!c.from().options().equals(c.to().options())) {
                        add.hazard(IMPACTS_DATABASE_PERFORMANCE, "changes how the table is stored and vacuumed",
                                "watch the table's bloat and vacuum activity after it runs");
                    }
                }
                case AttachPartition c when existing.contains(c.partition()) -> add.hazard(ACQUIRES_ACCESS_EXCLUSIVE_LOCK,
                        "scans the partition under an ACCESS EXCLUSIVE lock to check its bound",
                        "add a CHECK constraint matching the bound (NOT VALID, then VALIDATE) first: the scan is skipped");
                case DetachPartition c when attached.stream().noneMatch(a -> a.parent().equals(c.parent())
                        && a.partition().equals(c.partition())) -> add.hazard(CORRECTNESS, "takes the partition's rows out of every query on "
                        + c.parent(), "pass --allow-hazards CORRECTNESS once the application expects it");
                case NoInherit c -> add.hazard(CORRECTNESS, "takes the table's rows out of every query on " + c.parent(),
                        "pass --allow-hazards CORRECTNESS once the application expects it");
                case RecreateEnum c -> recreateEnum(c, add);
                case CreateTrigger c when existing.contains(c.trigger().table()) ->
                        add.hazard(ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK, "blocks writes (SHARE ROW EXCLUSIVE lock) while "
                                + "it waits for the queries on the table", "set a lock_timeout and retry");
                case DropRoutine c -> add.hazard(HAS_UNTRACKABLE_DEPENDENCIES, "may still be called by other "
                        + "functions' bodies or by the application, which PostgreSQL does not track",
                        "search the code and the other functions for " + c.routine().name().name() + " first");
                case CreateRoutine c -> add.hazard(IS_USER_GENERATED, "runs a body written by hand, copied as is",
                        "review what " + c.routine().name() + " does; the diff does not check it");
                case ReplaceRoutine c -> add.hazard(IS_USER_GENERATED, "runs a body written by hand, copied as is",
                        "review what " + c.to().name() + " does; the diff does not check it");
                case AlterExtension c when !Objects.equals(c.from().version(), c.to().version()) ->
                        add.hazard(UPGRADING_EXTENSION_VERSION, "runs the extension's own upgrade script from "
                                        + Objects.requireNonNullElse(c.from().version(), "its default version") + " to "
                                        + Objects.requireNonNullElse(c.to().version(), "its default version"),
                                "try it on a copy of the database, then pass --allow-hazards UPGRADING_EXTENSION_VERSION");
                case AccessChange c when authorizes(c) -> add.hazard(AUTHZ_UPDATE,
                        "changes who may read or write what", "check that the application's roles still have what "
                                + "they use");
                default -> {
                    // no hazard: a new object, a rename, a comment, a default, a catalog-only change
                }
            }
            return hazards;
        }

        /** A type change that rewrites: in place, or online as a backfill when nothing depends on the column. */
        private void retype(AlterColumnType c, Adder add) {
            TableSize size = sizes.get(c.table());
            String table = size == null ? "" : " (" + c.table() + ": " + size.describe() + ")";
            Optional<String> blocker = online == null ? Optional.empty() : online.backfillBlocker(c);
            if (online != null && existing.contains(c.table()) && blocker.isEmpty()) {
                add.hazard(IMPACTS_DATABASE_PERFORMANCE, "copies the column into a new one: a trigger on every write, "
                        + "a backfill in batches, the table's size twice until vacuum" + table,
                        "run it when the table is quiet enough for the extra writes; see the plan in the header");
                return;
            }
            add.hazard(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, "rewrites the table under an ACCESS EXCLUSIVE lock" + table
                    + blocker.map(why -> "; not planned online: " + why).orElse(""),
                    online == null ? "on a large table pass --online: it adds a new column, backfills it and swaps"
                            : "move what depends on the column out of the way first, or run it when the table can be "
                                    + "locked for as long as a copy takes");
        }

        /** Whether it changes access to an object that already exists (a new one's grants are part of creating it). */
        private boolean authorizes(AccessChange change) {
            return switch (change) {
                case AccessChange.GrantPrivilege c -> !isNew(c.grant().object());
                case AccessChange.RevokePrivilege c -> !isNew(c.grant().object());
                case AccessChange.CreatePolicy c -> !created.contains(c.policy().table());
                case AccessChange.DropPolicy c -> !created.contains(c.policy().table());
                case AccessChange.AlterPolicy c -> !created.contains(c.to().table());
                case AccessChange.AlterRowSecurity c -> !created.contains(c.table());
                case AccessChange.AlterDefaultPrivilege c -> true;
                // They complete a new object's CREATE: its privileges are the ones it is meant to start with.
                case AccessChange.RevokeCreationGrant c -> false;
                case AccessChange.RestoreCreationGrant c -> false;
            };
        }

        private boolean isNew(Securable object) {
            return (object.kind() == Securable.Kind.TABLE || object.kind() == Securable.Kind.COLUMN)
                    && created.contains(object.name());
        }

        private void recreateEnum(RecreateEnum c, Adder add) {
            if (!c.destructive() && !c.from().labels().equals(c.to().labels())) {
                add.hazard(CORRECTNESS, "sorts its values in a new order: ORDER BY, < and > on its columns change",
                        "pass --allow-hazards CORRECTNESS once the queries that compare its values are checked");
            }
            if (c.uses().stream().anyMatch(use -> existing.contains(use.table()))) {
                add.hazard(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, "rewrites every table that uses it under an ACCESS "
                        + "EXCLUSIVE lock", "run it when those tables can be locked for as long as a copy takes");
            }
        }
    }

    private static void addColumn(Column column, Adder add) {
        if (column.notNull() && column.defaultExpression() == null && column.identity() == Column.Identity.NONE
                && column.generated() == null && !column.type().endsWith("serial")) {
            add.hazard(FAILS_ON_EXISTING_ROWS, "is NOT NULL without a default: it fails if the table has rows",
                    "add a default, or add it nullable, backfill, then set NOT NULL");
        }
        boolean volatileDefault = column.defaultExpression() != null && VOLATILE.matcher(column.defaultExpression()).find();
        if (volatileDefault || column.identity() != Column.Identity.NONE || column.generated() != null
                || column.type().endsWith("serial")) {
            add.hazard(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, "gives every existing row a value of its own: it rewrites the "
                    + "table under an ACCESS EXCLUSIVE lock", "on a large table add it without that default, backfill "
                    + "in batches, then set the default");
        }
    }

    private static void addConstraint(AddConstraint c, boolean online, Adder add) {
        add.hazard(FAILS_ON_EXISTING_ROWS, "fails if existing rows violate it", "check the rows first");
        Constraint.Kind kind = c.constraint().kind();
        if (online && (kind == Constraint.Kind.CHECK || kind == Constraint.Kind.FOREIGN_KEY)) {
            // Added NOT VALID under a brief lock, then validated under one that lets reads and writes go on.
            return;
        }
        switch (kind) {
            case UNIQUE, PRIMARY_KEY, EXCLUSION -> {
                add.hazard(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, "builds its index under an ACCESS EXCLUSIVE lock",
                        "on a large table build a unique index CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX");
                add.hazard(INDEX_BUILD, "reads the whole table and loads the server while its index builds",
                        "build it when the database is quiet, or CONCURRENTLY");
            }
            case CHECK -> add.hazard(ACQUIRES_ACCESS_EXCLUSIVE_LOCK, "scans the table under an ACCESS EXCLUSIVE lock",
                    NOT_VALID);
            case FOREIGN_KEY -> add.hazard(ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK, "blocks writes to both tables (SHARE ROW "
                    + "EXCLUSIVE lock) while it checks every row", NOT_VALID);
        }
    }

    /** Whether PostgreSQL enforces it with an index of its own. */
    private static boolean indexed(Constraint.Kind kind) {
        return kind == Constraint.Kind.PRIMARY_KEY || kind == Constraint.Kind.UNIQUE || kind == Constraint.Kind.EXCLUSION;
    }

    /** Records one hazard of the change at hand. */
    @FunctionalInterface
    private interface Adder {
        void hazard(HazardKind kind, String why, String whatToDo);
    }
}
