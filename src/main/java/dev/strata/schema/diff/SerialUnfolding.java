package dev.strata.schema.diff;

import dev.strata.schema.Rename;
import dev.strata.schema.inspect.Serials;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.TypeWidening;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A serial column on one side whose sequence survives on the other side as a standalone
 * sequence (its column became {@code bigint}, the sequence got its own MAXVALUE, ...). The
 * serial side is written out long-hand, as the sequence {@code serial} made plus the column's
 * default, so the sequence is altered in place instead of created again next to itself
 * ("relation ..._seq already exists") or dropped with the position it reached.
 */
final class SerialUnfolding {

    /** The two models with the serials concerned written out long-hand. */
    record Models(SchemaModel from, SchemaModel to) {
    }

    private SerialUnfolding() {
    }

    static Models apply(SchemaModel from, SchemaModel to) {
        return apply(from, to, List.of());
    }

    /**
     * @param renames the asserted renames: a renamed table's serial is matched with its column
     *     under the new names (a table renamed by hand keeps its sequence's old name)
     */
    static Models apply(SchemaModel from, SchemaModel to, List<Rename> renames) {
        Side a = new Side(from);
        Side b = new Side(to);
        for (Map.Entry<QualifiedName, Table> entry : from.tables().entrySet()) {
            QualifiedName target = renames.stream().filter(r -> r.column() == null && r.table().equals(entry.getKey()))
                    .map(r -> r.table().withName(r.newName())).findFirst().orElse(entry.getKey());
            Table other = to.tables().get(target);
            if (other == null) {
                continue;
            }
            for (Column column : entry.getValue().columns()) {
                String renamed = renames.stream().filter(r -> column.name().equals(r.column())
                        && (r.table().equals(entry.getKey()) || r.table().equals(target)))
                        .map(Rename::newName).findFirst().orElse(column.name());
                other.column(renamed).ifPresent(counterpart -> {
                    a.unfoldAgainst(entry.getKey(), column, counterpart, b);
                    b.unfoldAgainst(target, counterpart, column, a);
                });
            }
        }
        a.unfoldWhereOnlyTheOtherSideHasIt(b);
        b.unfoldWhereOnlyTheOtherSideHasIt(a);
        return new Models(a.model(), b.model());
    }

    /** One side's tables and sequences, copied when a serial of it is unfolded. */
    private static final class Side {
        private final SchemaModel original;
        private final Map<QualifiedName, Table> tables;
        private final Map<QualifiedName, Sequence> sequences;
        private boolean changed;

        Side(SchemaModel model) {
            this.original = model;
            this.tables = new TreeMap<>(model.tables());
            this.sequences = new TreeMap<>(model.sequences());
        }

        /** Unfolds {@code column} when it is serial, {@code counterpart} is not and {@code other} keeps its sequence. */
        void unfoldAgainst(QualifiedName table, Column column, Column counterpart, Side other) {
            String base = TypeWidening.serialBase(column.type());
            QualifiedName name = Serials.sequenceName(table, column.name());
            if (base == null || TypeWidening.serialBase(counterpart.type()) != null || name == null
                    || !other.original.sequences().containsKey(name)) {
                return;
            }
            unfold(table, column, base, name);
        }

        /**
         * Unfolds a serial whose table or column the other side lacks while it keeps the serial's
         * sequence standalone (a table dropped and made again under another name that took the
         * sequence along): the sequence is then kept and handed over, not created next to itself.
         */
        void unfoldWhereOnlyTheOtherSideHasIt(Side other) {
            for (Map.Entry<QualifiedName, Table> entry : original.tables().entrySet()) {
                Table counterpart = other.original.tables().get(entry.getKey());
                for (Column column : entry.getValue().columns()) {
                    String base = TypeWidening.serialBase(column.type());
                    QualifiedName name = Serials.sequenceName(entry.getKey(), column.name());
                    boolean gone = counterpart == null || counterpart.column(column.name()).isEmpty();
                    if (base == null || name == null || !gone || !other.original.sequences().containsKey(name)
                            || sequences.containsKey(name)) {
                        continue;
                    }
                    unfold(entry.getKey(), column, base, name);
                }
            }
        }

        /** Writes the serial {@code column} out as its sequence {@code name} plus a {@code nextval} default. */
        private void unfold(QualifiedName table, Column column, String base, QualifiedName name) {
            Table current = tables.get(table);
            List<Column> columns = current.columns().stream()
                    .map(c -> c.name().equals(column.name()) ? Serials.unfolded(c, base, name) : c).toList();
            tables.put(table, current.withColumns(columns));
            sequences.put(name, Serials.sequence(table, column.name(), base, name));
            changed = true;
        }

        SchemaModel model() {
            return !changed ? original : new SchemaModel(original.schemas(), original.extensions(), original.enums(),
                    Collections.unmodifiableMap(sequences), Collections.unmodifiableMap(tables), original.views(),
                    original.routines(), original.domains(), original.compositeTypes(), original.notCompared(),
                    original.access(), original.comments(), original.eventTriggers(),
                    original.operators(), original.publications(), original.rangeTypes());
        }
    }
}
