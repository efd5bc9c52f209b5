package dev.strata.schema.ops;

import dev.strata.schema.model.CompositeType;
import dev.strata.schema.model.Domain;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.RangeType;
import dev.strata.schema.model.Sequence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Enum types, domains, composite types and standalone sequences. */
public sealed interface TypeChange extends Change {

    /**
     * A column whose type is an enum: recreating the enum recasts it, and its default is set
     * again as the target schema has it.
     */
    record EnumUse(QualifiedName table, String column, @Nullable String fromDefault, @Nullable String toDefault,
            boolean array) {

        public EnumUse reverse() {
            return new EnumUse(table, column, toDefault, fromDefault, array);
        }
    }

    /** CREATE TYPE ... AS ENUM. */
    record CreateEnum(EnumType type) implements TypeChange {
        public Change reverse() { return new DropEnum(type); }
        public String describe() { return "create enum " + type.name(); }
    }

    /** DROP TYPE of an enum. */
    record DropEnum(EnumType type) implements TypeChange {
        public Change reverse() { return new CreateEnum(type); }
        public boolean destructive() { return true; }
        public String describe() { return "drop enum " + type.name(); }
    }

    /**
     * ALTER TYPE ... ADD VALUE at its position. It cannot be undone in place, so its reverse
     * recreates the type without the value.
     *
     * @param neighbour the existing label it goes before or after; null when the type was empty
     */
    record AddEnumValue(EnumType from, EnumType to, String value, @Nullable String neighbour, boolean before,
            List<EnumUse> uses) implements TypeChange {
        public Change reverse() { return new RecreateEnum(to, from, uses.stream().map(EnumUse::reverse).toList()); }
        public String describe() { return "add value '" + value + "' to enum " + to.name(); }
    }

    /** ALTER TYPE ... RENAME VALUE. */
    record RenameEnumValue(EnumType from, EnumType to, String oldValue, String newValue) implements TypeChange {
        public Change reverse() { return new RenameEnumValue(to, from, newValue, oldValue); }
        public String describe() { return "rename value '" + oldValue + "' of enum " + to.name() + " to '" + newValue + "'"; }
    }

    /**
     * Removes or reorders labels: the type is renamed aside, created anew, every column using it
     * is recast through text (with its default), and the old type is dropped.
     */
    record RecreateEnum(EnumType from, EnumType to, List<EnumUse> uses) implements TypeChange {
        public Change reverse() { return new RecreateEnum(to, from, uses.stream().map(EnumUse::reverse).toList()); }
        public boolean destructive() { return !to.labels().containsAll(from.labels()); }
        public String describe() { return "recreate enum " + to.name() + " as " + to.labels(); }
    }

    /** CREATE SEQUENCE. */
    record CreateSequence(Sequence sequence) implements TypeChange {
        public Change reverse() { return new DropSequence(sequence); }
        public String describe() { return "create sequence " + sequence.name(); }
    }

    /** DROP SEQUENCE: its current value is lost. */
    record DropSequence(Sequence sequence) implements TypeChange {
        public Change reverse() { return new CreateSequence(sequence); }
        public boolean destructive() { return true; }
        public String describe() { return "drop sequence " + sequence.name(); }
    }

    /** ALTER SEQUENCE of its parameters. */
    record AlterSequence(Sequence from, Sequence to) implements TypeChange {
        public Change reverse() { return new AlterSequence(to, from); }
        public String describe() { return "alter sequence " + to.name(); }
    }

    /**
     * ALTER SEQUENCE ... OWNED BY: a sequence let go of by the column that owned it ({@code to}
     * null: OWNED BY NONE, before that column can be dropped and take the sequence along), or
     * taken by one ({@code from} null, once the column exists). A move is one of each.
     */
    record AlterSequenceOwner(QualifiedName sequence, @Nullable ColumnRef from, @Nullable ColumnRef to)
            implements TypeChange {
        public Change reverse() { return new AlterSequenceOwner(sequence, to, from); }
        public String describe() {
            return "sequence " + sequence + (to == null ? " owned by no column" : " owned by " + to);
        }
    }

    /**
     * ALTER SEQUENCE ... RENAME TO: the sequence a serial made, following its table or column
     * when they are renamed, so it keeps the name {@code serial} gives it there.
     */
    record RenameSequence(QualifiedName from, QualifiedName to) implements TypeChange {
        public Change reverse() { return new RenameSequence(to, from); }
        public String describe() { return "rename sequence " + from + " to " + to.name(); }
    }

    /** CREATE TYPE ... AS RANGE, which brings its multirange type and constructors. */
    record CreateRangeType(RangeType type) implements TypeChange {
        public Change reverse() { return new DropRangeType(type); }
        public String describe() { return "create range type " + type.name(); }
    }

    /** DROP TYPE of a range type. */
    record DropRangeType(RangeType type) implements TypeChange {
        public Change reverse() { return new CreateRangeType(type); }
        public boolean destructive() { return true; }
        public String describe() { return "drop range type " + type.name(); }
    }

    /**
     * A range type whose definition changes, dropped and created again in one place: PostgreSQL
     * alters no part of a range type. Columns of the type would not survive that, so PostgreSQL
     * refuses the drop while any exists.
     */
    record RecreateRangeType(RangeType from, RangeType to) implements TypeChange {
        public Change reverse() { return new RecreateRangeType(to, from); }
        public boolean destructive() { return true; }
        public String describe() { return "recreate range type " + to.name(); }
    }

    /** A column by its table and name. */
    record ColumnRef(QualifiedName table, String column) {
        @Override
        public String toString() {
            return table + "." + column;
        }
    }

    /** CREATE DOMAIN with its default, NOT NULL, checks and comment. */
    record CreateDomain(Domain domain) implements TypeChange {
        public Change reverse() { return new DropDomain(domain); }
        public String describe() { return "create domain " + domain.name(); }
    }

    /** DROP DOMAIN: a domain holds no rows; the columns that use it are dropped by their own changes. */
    record DropDomain(Domain domain) implements TypeChange {
        public Change reverse() { return new CreateDomain(domain); }
        public String describe() { return "drop domain " + domain.name(); }
    }

    /**
     * A domain with another base type or collation: renamed aside, created anew, the old one
     * dropped. It fails while a column or routine uses the domain, rather than recast it.
     */
    record RecreateDomain(Domain from, Domain to) implements TypeChange {
        public Change reverse() { return new RecreateDomain(to, from); }
        public String describe() { return "recreate domain " + to.name() + " as " + to.baseType(); }
    }

    /** ALTER DOMAIN of its default, NOT NULL and checks; the base type stays. */
    record AlterDomain(Domain from, Domain to) implements TypeChange {
        public Change reverse() { return new AlterDomain(to, from); }
        public String describe() { return "alter domain " + to.name(); }
    }

    /** CREATE TYPE ... AS (attributes). */
    record CreateCompositeType(CompositeType type) implements TypeChange {
        public Change reverse() { return new DropCompositeType(type); }
        public String describe() { return "create type " + type.name(); }
    }

    /** DROP TYPE of a composite type. */
    record DropCompositeType(CompositeType type) implements TypeChange {
        public Change reverse() { return new CreateCompositeType(type); }
        public String describe() { return "drop type " + type.name(); }
    }

    /** ALTER TYPE ... ADD / DROP / ALTER ATTRIBUTE; attributes are matched by name. */
    record AlterCompositeType(CompositeType from, CompositeType to) implements TypeChange {
        public Change reverse() { return new AlterCompositeType(to, from); }
        public String describe() { return "alter type " + to.name(); }
    }
}
