package dev.strata.schema.diff;

import dev.strata.schema.model.Publication;
import dev.strata.schema.model.PublicationTable;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.PublicationChange.AddPublicationSchema;
import dev.strata.schema.ops.PublicationChange.AddPublicationTable;
import dev.strata.schema.ops.PublicationChange.AlterPublication;
import dev.strata.schema.ops.PublicationChange.CreatePublication;
import dev.strata.schema.ops.PublicationChange.DropPublication;
import dev.strata.schema.ops.PublicationChange.DropPublicationSchema;
import dev.strata.schema.ops.PublicationChange.DropPublicationTable;
import dev.strata.schema.ops.SetComment;
import dev.strata.schema.ops.TableChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares publications by name. One that starts or stops publishing all tables is dropped and
 * created; otherwise its options are set and its tables and schemas added and dropped in place. A
 * table renamed with {@code --rename} stays published (PostgreSQL keeps it by oid); one dropped
 * and created again (a new partition key) is added again, and so is a table whose column list or
 * row filter changes.
 */
final class PublicationDiffer {

    private PublicationDiffer() {
    }

    /**
     * @param renamed the from tables keyed by their target names (see {@link Renamer.Result#tables()})
     * @param changes the other differs' changes, to see which tables are dropped and created again
     */
    static List<Change> diff(SchemaModel from, SchemaModel to, Map<QualifiedName, Table> renamed, List<Change> changes) {
        Map<QualifiedName, QualifiedName> newNames = new HashMap<>();
        renamed.forEach((target, table) -> newNames.put(table.name(), target));
        Set<QualifiedName> recreated = recreatedTables(changes);
        Matching<Publication> publications = Matching.byKey(from.publications().values(), to.publications().values(),
                Publication::name);
        List<Change> result = new ArrayList<>(publications.recreating((a, b) -> a.allTables() != b.allTables(),
                DropPublication::new, CreatePublication::new));
        for (Matching.Both<Publication> both : publications.kept()) {
            Publication a = both.from();
            Publication b = both.to();
            if (a.allTables() != b.allTables()) {
                continue;
            }
            if (!a.publish().equals(b.publish()) || a.viaRoot() != b.viaRoot()) {
                result.add(new AlterPublication(a, b));
            }
            tables(a, b, newNames, recreated, result);
            Matching<String> schemas = Matching.byKey(a.schemas(), b.schemas(), schema -> schema);
            schemas.removed().forEach(schema -> result.add(new DropPublicationSchema(a.name(), schema)));
            schemas.added().forEach(schema -> result.add(new AddPublicationSchema(b.name(), schema)));
            if (!Objects.equals(a.comment(), b.comment())) {
                result.add(new SetComment("PUBLICATION", Sql.ident(b.name()), a.comment(), b.comment()));
            }
        }
        return result;
    }

    /** A table dropped keeps its old name (it goes before the renames); one added has its new name. */
    private static void tables(Publication a, Publication b, Map<QualifiedName, QualifiedName> newNames,
            Set<QualifiedName> recreated, List<Change> result) {
        Map<QualifiedName, PublicationTable> before = new HashMap<>();
        a.tables().forEach(table -> before.put(newNames.getOrDefault(table.table(), table.table()), table));
        Matching<QualifiedName> tables = Matching.byKey(before.keySet(), b.tables().stream()
                .map(PublicationTable::table).toList(), name -> name);
        Map<QualifiedName, PublicationTable> after = new HashMap<>();
        b.tables().forEach(table -> after.put(table.table(), table));
        tables.removed().forEach(name -> result.add(new DropPublicationTable(a.name(), before.get(name))));
        for (Matching.Both<QualifiedName> both : tables.kept()) {
            PublicationTable old = before.get(both.from());
            PublicationTable table = after.get(both.to());
            boolean same = old.columns().equals(table.columns()) && Objects.equals(old.where(), table.where());
            if (!same || recreated.contains(table.table())) {
                result.add(new DropPublicationTable(a.name(), old));
                result.add(new AddPublicationTable(b.name(), table));
            }
        }
        tables.added().forEach(name -> result.add(new AddPublicationTable(b.name(), after.get(name))));
    }

    private static Set<QualifiedName> recreatedTables(List<Change> changes) {
        Set<QualifiedName> dropped = new HashSet<>();
        Set<QualifiedName> recreated = new HashSet<>();
        changes.forEach(change -> {
            if (change instanceof TableChange.DropTable drop) {
                dropped.add(drop.table().name());
            }
        });
        changes.forEach(change -> {
            if (change instanceof TableChange.CreateTable create && dropped.contains(create.table().name())) {
                recreated.add(create.table().name());
            }
        });
        return recreated;
    }
}
