package dev.strata.schema.ops;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;

/**
 * Whole tables. A created table carries its columns; its constraints, indexes, triggers,
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

    /** ALTER TABLE ... RENAME TO, keeping the rows. */
    record RenameTable(QualifiedName from, QualifiedName to) implements TableChange {
        public Change reverse() { return new RenameTable(to, from); }
        public String describe() { return "rename table " + from + " to " + to.name(); }
    }
}
