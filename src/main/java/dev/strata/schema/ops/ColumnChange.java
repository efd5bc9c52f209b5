package dev.strata.schema.ops;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.IdentityOptions;
import dev.strata.schema.model.QualifiedName;
import org.jspecify.annotations.Nullable;

/** Columns of an existing table. */
public sealed interface ColumnChange extends Change {

    /** The table the column belongs to. */
    QualifiedName table();

    /** ADD COLUMN. */
    record AddColumn(QualifiedName table, Column column) implements ColumnChange {
        public Change reverse() { return new DropColumn(table, column); }
        public String describe() { return "add column " + table + "." + column.name(); }
    }

    /** DROP COLUMN. */
    record DropColumn(QualifiedName table, Column column) implements ColumnChange {
        public Change reverse() { return new AddColumn(table, column); }
        public boolean destructive() { return column.generated() == null; }
        public String describe() { return "drop column " + table + "." + column.name(); }
    }

    /** RENAME COLUMN, keeping its values. */
    record RenameColumn(QualifiedName table, String from, String to) implements ColumnChange {
        public Change reverse() { return new RenameColumn(table, to, from); }
        public String describe() { return "rename column " + table + "." + from + " to " + to; }
    }

    /** ALTER COLUMN ... TYPE ... USING, and the collation; {@code from} and {@code to} are the whole column. */
    record AlterColumnType(QualifiedName table, Column from, Column to) implements ColumnChange {
        public Change reverse() { return new AlterColumnType(table, to, from); }
        public boolean destructive() {
            // A serial that becomes an identity hands its position on; otherwise the sequence is lost.
            return !TypeWidening.isWidening(from.type(), to.type())
                    || TypeWidening.dropsSequence(from.type(), to.type()) && to.identity() == Column.Identity.NONE;
        }
        public String describe() {
            return "alter column " + table + "." + to.name() + " type " + from.type() + " -> " + to.type();
        }
    }

    /**
     * A stored generated column becomes an ordinary one ({@code to} has no expression): DROP
     * EXPRESSION keeps the values it holds. The way back cannot be done in place: the column is
     * dropped and added again as generated, its values computed anew (destructive: the ordinary
     * column's own values go).
     */
    record AlterColumnExpression(QualifiedName table, Column from, Column to) implements ColumnChange {
        public Change reverse() { return new AlterColumnExpression(table, to, from); }
        public boolean destructive() { return to.generated() != null; }
        public String describe() {
            return (to.generated() == null ? "drop expression of " : "compute again as generated ") + table + "."
                    + to.name();
        }
    }

    /** SET / DROP NOT NULL. */
    record AlterColumnNullability(QualifiedName table, String column, boolean notNull) implements ColumnChange {
        public Change reverse() { return new AlterColumnNullability(table, column, !notNull); }
        public String describe() {
            return (notNull ? "set not null on " : "drop not null on ") + table + "." + column;
        }
    }

    /** SET / DROP DEFAULT; null means no default. */
    record AlterColumnDefault(QualifiedName table, String column, @Nullable String from, @Nullable String to)
            implements ColumnChange {
        public Change reverse() { return new AlterColumnDefault(table, column, to, from); }
        public String describe() {
            return (to == null ? "drop default of " : "set default of ") + table + "." + column;
        }
    }

    /**
     * DROP DEFAULT ({@code to} null) or SET DEFAULT ({@code from} null) of a column whose default
     * calls a routine the script drops: PostgreSQL refuses to drop a routine a default uses, and
     * the same text may call a routine created again (or one of a new signature) that does not
     * exist yet where the column's own changes run. So the default is let go of before the
     * routines are dropped, under the column's old names, and set again once they are all
     * created, under its new ones; the reverse of one is the other.
     */
    record RebindColumnDefault(QualifiedName table, String column, @Nullable String from, @Nullable String to)
            implements ColumnChange {
        public Change reverse() { return new RebindColumnDefault(table, column, to, from); }
        public String describe() {
            return (to == null ? "release default of " : "set default again of ") + table + "." + column;
        }
    }

    /**
     * ADD / SET / DROP identity.
     *
     * @param options the sequence options of the side that has an identity (the target's when
     *     both have), so that the identity a reverse adds back has them; null for the defaults
     * @param type the column's type on that side, which the options' defaults depend on
     */
    record AlterColumnIdentity(QualifiedName table, String column, Column.Identity from, Column.Identity to,
            @Nullable IdentityOptions options, String type) implements ColumnChange {
        /** An identity with its sequence's default options. */
        public AlterColumnIdentity(QualifiedName table, String column, Column.Identity from, Column.Identity to) {
            this(table, column, from, to, null, "bigint");
        }
        public Change reverse() { return new AlterColumnIdentity(table, column, to, from, options, type); }
        public String describe() { return "identity of " + table + "." + column + " " + from + " -> " + to; }
    }

    /** SET INCREMENT BY, SET START WITH, SET MAXVALUE... of an identity column that stays one. */
    record AlterIdentityOptions(QualifiedName table, String column, IdentityOptions from, IdentityOptions to)
            implements ColumnChange {
        public Change reverse() { return new AlterIdentityOptions(table, column, to, from); }
        public String describe() { return "identity options of " + table + "." + column; }
    }
}
