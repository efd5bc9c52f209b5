package dev.strata.schema.diff;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.TypeChange.AddEnumValue;
import dev.strata.schema.ops.TypeChange.CreateEnum;
import dev.strata.schema.ops.TypeChange.DropEnum;
import dev.strata.schema.ops.TypeChange.EnumUse;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import dev.strata.schema.ops.TypeChange.RenameEnumValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enum types. Values are added in place at their position; a value whose position holds a new
 * label on the other side is renamed; anything else (a value removed, values reordered) recreates
 * the type and recasts the columns that use it.
 */
final class EnumDiffer {

    private EnumDiffer() {
    }

    static List<Change> diff(Map<QualifiedName, EnumType> from, Map<QualifiedName, EnumType> to, List<TablePair> tables,
            Renamer renames) {
        return Keyed.<QualifiedName, EnumType, Change>compare(from, to, (a, b) -> {
            if (a == null) {
                return List.of(new CreateEnum(b));
            }
            if (b == null) {
                return List.of(new DropEnum(a));
            }
            if (a.labels().equals(b.labels())) {
                return List.of();
            }
            return changed(a, b, tables, renames);
        });
    }

    private static List<Change> changed(EnumType a, EnumType b, List<TablePair> tables, Renamer renames) {
        if (isSubsequence(a.labels(), b.labels())) {
            return additions(a, b, usesBefore(a.name(), tables, renames));
        }
        List<Change> renamed = renames(a, b);
        return renamed.isEmpty() ? List.of(new RecreateEnum(a, b, uses(a.name(), tables))) : renamed;
    }

    /**
     * @param uses what the reverse (the type recreated without the values) recasts: it runs where
     *     the value was added, before any column or table is dropped, renamed, added or retyped
     */
    private static List<Change> additions(EnumType a, EnumType b, List<EnumUse> uses) {
        List<Change> changes = new ArrayList<>();
        List<String> current = new ArrayList<>(a.labels());
        List<String> target = b.labels();
        for (int i = 0; i < target.size(); i++) {
            String label = target.get(i);
            if (current.contains(label)) {
                continue;
            }
            EnumType before = new EnumType(a.name(), List.copyOf(current), a.comment());
            String neighbour;
            boolean placeBefore;
            if (i > 0) {
                neighbour = target.get(i - 1);
                placeBefore = false;
                current.add(current.indexOf(neighbour) + 1, label);
            } else {
                // Before the first existing label: the target's next label may be new too.
                neighbour = current.isEmpty() ? null : current.getFirst();
                placeBefore = neighbour != null;
                current.add(0, label);
            }
            EnumType after = new EnumType(a.name(), List.copyOf(current), b.comment());
            changes.add(new AddEnumValue(before, after, label, neighbour, placeBefore, uses));
        }
        return changes;
    }

    /** Same length, and every differing position holds a label unknown to the other side. */
    private static List<Change> renames(EnumType a, EnumType b) {
        if (a.labels().size() != b.labels().size()) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        List<String> current = new ArrayList<>(a.labels());
        for (int i = 0; i < current.size(); i++) {
            String old = a.labels().get(i);
            String label = b.labels().get(i);
            if (old.equals(label)) {
                continue;
            }
            if (b.labels().contains(old) || a.labels().contains(label)) {
                return List.of();
            }
            EnumType before = new EnumType(a.name(), List.copyOf(current), a.comment());
            current.set(i, label);
            changes.add(new RenameEnumValue(before, new EnumType(a.name(), List.copyOf(current), b.comment()), old, label));
        }
        return changes;
    }

    private static boolean isSubsequence(List<String> small, List<String> large) {
        int i = 0;
        for (String label : large) {
            if (i < small.size() && small.get(i).equals(label)) {
                i++;
            }
        }
        return i == small.size();
    }

    /**
     * Columns typed with the enum in the from schema as it is before the script runs: under
     * their old table and column names, with their old defaults, dropped and retyped ones too.
     */
    private static List<EnumUse> usesBefore(QualifiedName type, List<TablePair> tables, Renamer renames) {
        String name = Sql.name(type);
        List<EnumUse> uses = new ArrayList<>();
        for (TablePair pair : tables) {
            Table from = pair.from();
            if (from == null) {
                continue;
            }
            for (Column column : from.columns()) {
                boolean array = column.type().equals(name + "[]");
                if (array || column.type().equals(name)) {
                    uses.add(new EnumUse(from.name(), renames.original(from, column.name()), column.defaultExpression(),
                            column.defaultExpression(), array));
                }
            }
        }
        return uses;
    }

    /** Columns typed with the enum on both sides, under their target names. */
    static List<EnumUse> uses(QualifiedName type, List<TablePair> tables) {
        String name = Sql.name(type);
        List<EnumUse> uses = new ArrayList<>();
        for (TablePair pair : tables) {
            Table from = pair.from();
            Table to = pair.to();
            if (from == null || to == null) {
                continue;
            }
            for (Column column : to.columns()) {
                Optional<Column> old = from.column(column.name());
                boolean array = column.type().equals(name + "[]");
                if (old.isPresent() && old.get().type().equals(column.type()) && (array || column.type().equals(name))) {
                    uses.add(new EnumUse(to.name(), column.name(), old.get().defaultExpression(),
                            column.defaultExpression(), array));
                }
            }
        }
        return uses;
    }
}
