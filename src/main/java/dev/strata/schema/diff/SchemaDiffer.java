package dev.strata.schema.diff;

import dev.strata.schema.DiffOptions;
import dev.strata.schema.RenameHint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange;
import dev.strata.schema.ops.TypeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs the differ of every object kind over two models. */
public final class SchemaDiffer {

    /**
     * What differs.
     *
     * @param changes unordered; {@link dev.strata.schema.order.StatementOrder} orders them
     * @param hints possible renames the user did not assert
     */
    public record Differences(List<Change> changes, List<RenameHint> hints) {
    }

    private SchemaDiffer() {
    }

    /**
     * Compares {@code from} with {@code to}.
     *
     * @throws IllegalArgumentException when an asserted rename does not fit the {@code from} schema
     */
    public static Differences compare(SchemaModel original, SchemaModel target, DiffOptions options) {
        SerialUnfolding.Models unfolded = SerialUnfolding.apply(original, target, options.renames());
        SchemaModel from = unfolded.from();
        SchemaModel to = unfolded.to();
        Renamer.Result renamed = Renamer.apply(from.tables(), to.tables(), options.renames());
        List<TablePair> pairs = TableDiffer.pairs(renamed.tables(), to.tables());
        List<Change> changes = new ArrayList<>(renamed.changes());
        changes.addAll(NamespaceDiffer.diff(from, to));
        changes.addAll(EnumDiffer.diff(from.enums(), to.enums(), pairs, renamed.renames()));
        changes.addAll(Keyed.<dev.strata.schema.model.QualifiedName, dev.strata.schema.model.EnumType, Change>compare(
                from.enums(), to.enums(), CommentDiffer::enums));
        changes.addAll(TypeDiffer.diff(from, to));
        changes.addAll(SequenceDiffer.diff(from, to, renamed.renames()));
        for (TablePair pair : pairs) {
            changes.addAll(TableDiffer.diff(pair, from.tables(), to.tables()));
            changes.addAll(ConstraintDiffer.diff(pair, renamed.renames()));
            changes.addAll(CommentDiffer.tables(pair));
        }
        withoutDefaultsSetByRecreatedEnums(changes);
        Set<QualifiedName> rebuilt = rebuilt(pairs, changes);
        changes.addAll(RoutineDiffer.diff(from, to, recreatedEnums(changes)));
        changes.addAll(ViewDiffer.diff(from, to, rebuilt));
        changes.addAll(TriggerDiffer.diff(pairs, rebuilt));
        changes.addAll(PolicyDiffer.diff(pairs, rebuilt));
        RoutineDiffer.recreatingTableReaders(pairs, changes);
        BoundDependents.rebuild(pairs, changes);
        BoundDependents.rebindDefaults(pairs, changes, renamed.renames());
        changes.addAll(EventTriggerDiffer.diff(from, to, changes));
        changes.addAll(OperatorDiffer.diff(from, to, changes));
        changes.addAll(PublicationDiffer.diff(from, to, renamed.tables(), changes));
        CreationGrants creation = CreationGrants.of(from, to);
        changes.addAll(GrantDiffer.diff(pairs, creation, from.access().owners(), to.access().owners()));
        changes.addAll(GrantDiffer.objects(from, to, creation, Dropped.securables(changes)));
        changes.addAll(GrantDiffer.defaults(from, to));
        changes.addAll(CommentDiffer.catalog(from, to, Dropped.commented(changes, from.comments().keySet())));
        changes.addAll(CommentDiffer.views(from, to, changes.stream()
                .filter(c -> c instanceof dev.strata.schema.ops.ProgramChange.DropView)
                .map(c -> ((dev.strata.schema.ops.ProgramChange.DropView) c).view().name())
                .collect(java.util.stream.Collectors.toSet())));
        return new Differences(changes, TableDiffer.renameHints(pairs));
    }

    /**
     * A recreated enum sets the defaults of the columns it recasts, once the new type exists: a
     * change of such a default on its own would run in its phase, which the down script reaches
     * before the type has the value the default names.
     */
    private static void withoutDefaultsSetByRecreatedEnums(List<Change> changes) {
        Set<String> recast = new java.util.HashSet<>();
        changes.stream().filter(c -> c instanceof TypeChange.RecreateEnum)
                .flatMap(c -> ((TypeChange.RecreateEnum) c).uses().stream())
                .forEach(use -> recast.add(use.table() + "." + use.column() + "=" + use.toDefault()));
        if (!recast.isEmpty()) {
            changes.removeIf(c -> c instanceof ColumnChange.AlterColumnDefault d
                    && recast.contains(d.table() + "." + d.column() + "=" + d.to()));
        }
    }

    /**
     * Tables whose columns change type, directly or because the enum they use is recreated, and
     * tables that are dropped: views, triggers and policies on them are rebuilt around the change. An added enum value
     * counts too: it cannot be undone in place, so its reverse (the down script) recreates the
     * enum and retypes the same columns, which PostgreSQL refuses while a view, a policy or a
     * trigger's WHEN uses them.
     */
    private static Set<QualifiedName> rebuilt(List<TablePair> pairs, List<Change> changes) {
        Set<QualifiedName> rebuilt = new TreeSet<>(RebuiltTables.of(pairs));
        // A table dropped and created again (a new partition key) comes as two pairs of one name; a
        // view that reads a dropped table and stays reads something else of that name (a view that
        // replaces it), and must go before the table.
        pairs.stream().filter(p -> p.to() == null).map(TablePair::name).forEach(rebuilt::add);
        for (Change change : changes) {
            if (change instanceof TypeChange.RecreateEnum recreate) {
                recreate.uses().forEach(use -> rebuilt.addAll(namesOf(use.table(), pairs)));
            } else if (change instanceof TypeChange.AddEnumValue added) {
                added.uses().forEach(use -> rebuilt.addAll(namesOf(use.table(), pairs)));
            }
        }
        return rebuilt;
    }

    /**
     * The enums the changes recreate, as SQL names; an added value counts too, as for
     * {@link #rebuilt}: its reverse recreates the type.
     */
    private static Set<String> recreatedEnums(List<Change> changes) {
        Set<String> names = new TreeSet<>();
        for (Change change : changes) {
            if (change instanceof TypeChange.RecreateEnum recreate) {
                names.add(dev.strata.schema.model.Sql.name(recreate.from().name()));
            } else if (change instanceof TypeChange.AddEnumValue added) {
                names.add(dev.strata.schema.model.Sql.name(added.from().name()));
            }
        }
        return names;
    }

    private static List<QualifiedName> namesOf(QualifiedName table, List<TablePair> pairs) {
        return pairs.stream().filter(p -> p.name().equals(table) || p.from() != null && p.from().name().equals(table))
                .flatMap(p -> java.util.stream.Stream.of(p.name(), p.from() == null ? p.name() : p.from().name()))
                .toList();
    }
}
