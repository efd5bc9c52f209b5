package dev.strata.schema.ops;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.TableLayout;

/**
 * Whole tables. A created table carries its columns and its layout (storage, partition key, the
 * parent it is a partition of, the parents it inherits); its constraints, indexes, triggers,
 * policies and grants arrive as their own changes, so the reverse of a drop restores them all.
 */
public sealed interface TableChange extends Change {

    /** CREATE TABLE with its columns. */
    record CreateTable(Table table) implements TableChange {
        public Change reverse() { return new DropTable(table); }
        public String describe() { return "create table " + table.name(); }
    }

    /** DROP TABLE. */
    record DropTable(Table table) implements TableChange {
        public Change reverse() { return new CreateTable(table); }
        public boolean destructive() { return true; }
        public String describe() { return "drop table " + table.name(); }
    }

    /** SET LOGGED / UNLOGGED and storage parameters (SET / RESET); the rest of the layouts is not touched. */
    record AlterStorage(QualifiedName table, TableLayout from, TableLayout to) implements TableChange {
        public Change reverse() { return new AlterStorage(table, to, from); }
        public String describe() { return "alter storage of " + table; }
    }

    /**
     * ALTER TABLE parent ATTACH PARTITION: an existing table becomes a partition, keeping its rows.
     *
     * @param bound as {@link TableLayout#partitionBound()} prints it
     */
    record AttachPartition(QualifiedName parent, QualifiedName partition, String bound) implements TableChange {
        public Change reverse() { return new DetachPartition(parent, partition, bound); }
        public String describe() { return "attach partition " + partition + " to " + parent; }
    }

    /** ALTER TABLE parent DETACH PARTITION: the partition becomes a table of its own, keeping its rows. */
    record DetachPartition(QualifiedName parent, QualifiedName partition, String bound) implements TableChange {
        public Change reverse() { return new AttachPartition(parent, partition, bound); }
        public String describe() { return "detach partition " + partition + " from " + parent; }
    }

    /** ALTER TABLE child INHERIT parent: the child already has the parent's columns. */
    record Inherit(QualifiedName child, QualifiedName parent) implements TableChange {
        public Change reverse() { return new NoInherit(child, parent); }
        public String describe() { return "make " + child + " inherit " + parent; }
    }

    /** ALTER TABLE child NO INHERIT parent: the child keeps the columns as its own. */
    record NoInherit(QualifiedName child, QualifiedName parent) implements TableChange {
        public Change reverse() { return new Inherit(child, parent); }
        public String describe() { return "make " + child + " stop inheriting " + parent; }
    }

    /** ALTER TABLE ... RENAME TO, keeping the rows. */
    record RenameTable(QualifiedName from, QualifiedName to) implements TableChange {
        public Change reverse() { return new RenameTable(to, from); }
        public String describe() { return "rename table " + from + " to " + to.name(); }
    }
}
