package dev.strata.schema.diff;

import dev.strata.schema.DiffOptions;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import java.util.ArrayList;
import java.util.List;

/** Runs the differ of every object kind over two models. */
public final class SchemaDiffer {

    /**
     * What differs.
     *
     * @param changes unordered; {@link dev.strata.schema.render.StatementOrder} orders them
     * @param hints possible renames the user did not assert
     */
    public record Differences(List<Change> changes, List<String> hints) {
    }

    private SchemaDiffer() {
    }

    /**
     * Compares {@code from} with {@code to}.
     *
     * @throws IllegalArgumentException when an asserted rename does not fit the {@code from} schema
     */
    public static Differences compare(SchemaModel from, SchemaModel to, DiffOptions options) {
        Renamer.Result renamed = Renamer.apply(from.tables(), options.renames());
        List<TablePair> pairs = TableDiffer.pairs(renamed.tables(), to.tables());
        List<Change> changes = new ArrayList<>(renamed.changes());
        changes.addAll(NamespaceDiffer.diff(from, to));
        changes.addAll(EnumDiffer.diff(from.enums(), to.enums(), pairs));
        changes.addAll(Keyed.<dev.strata.schema.model.QualifiedName, dev.strata.schema.model.EnumType, Change>compare(
                from.enums(), to.enums(), CommentDiffer::enums));
        changes.addAll(SequenceDiffer.diff(from, to));
        for (TablePair pair : pairs) {
            changes.addAll(TableDiffer.diff(pair));
            changes.addAll(ConstraintDiffer.diff(pair));
            changes.addAll(CommentDiffer.tables(pair));
        }
        return new Differences(changes, TableDiffer.renameHints(pairs));
    }
}
