package dev.strata.schema.ops;

import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;

/** Constraints and indexes of a table. */
public sealed interface ConstraintChange extends Change {

    /** The table they belong to. */
    QualifiedName table();

    /** ADD CONSTRAINT. */
    record AddConstraint(QualifiedName table, Constraint constraint) implements ConstraintChange {
        public Change reverse() { return new DropConstraint(table, constraint); }
        public String describe() { return "add constraint " + constraint.name() + " on " + table; }
    }

    /** DROP CONSTRAINT. */
    record DropConstraint(QualifiedName table, Constraint constraint) implements ConstraintChange {
        public Change reverse() { return new AddConstraint(table, constraint); }
        public String describe() { return "drop constraint " + constraint.name() + " on " + table; }
    }

    /** RENAME CONSTRAINT: same definition, another name. */
    record RenameConstraint(QualifiedName table, String from, String to) implements ConstraintChange {
        public Change reverse() { return new RenameConstraint(table, to, from); }
        public String describe() { return "rename constraint " + from + " on " + table + " to " + to; }
    }

    /** CREATE INDEX. */
    record CreateIndex(QualifiedName table, Index index) implements ConstraintChange {
        public Change reverse() { return new DropIndex(table, index); }
        public String describe() { return "create index " + index.name() + " on " + table; }
    }

    /** DROP INDEX. */
    record DropIndex(QualifiedName table, Index index) implements ConstraintChange {
        public Change reverse() { return new CreateIndex(table, index); }
        public String describe() { return "drop index " + index.name() + " on " + table; }
    }

    /** ALTER INDEX ... RENAME TO: same definition, another name. */
    record RenameIndex(QualifiedName table, String from, String to) implements ConstraintChange {
        public Change reverse() { return new RenameIndex(table, to, from); }
        public String describe() { return "rename index " + from + " on " + table + " to " + to; }
    }
}
