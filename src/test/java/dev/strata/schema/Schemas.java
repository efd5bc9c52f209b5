package dev.strata.schema;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.IdentityOptions;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds model records for tests that need no database, in the text PostgreSQL's catalog
 * functions would print: {@code table("public.users").with(column("id", "integer").notNull())}.
 */
public final class Schemas {

    private Schemas() {
    }

    /** {@code schema.name}, or {@code name} in {@code public}. */
    public static QualifiedName name(String text) {
        return QualifiedName.parse(text, "public");
    }

    public static ColumnBuilder column(String name, String type) {
        return new ColumnBuilder(name, type);
    }

    public static TableBuilder table(String name) {
        return new TableBuilder(name(name));
    }

    /** A schema model with {@code public} and what is added to it. */
    public static ModelBuilder model() {
        return new ModelBuilder();
    }

    public static EnumType enumType(String name, String... labels) {
        return new EnumType(name(name), List.of(labels), null);
    }

    /** A sequence with PostgreSQL's defaults for {@code bigint}. */
    public static Sequence sequence(String name) {
        return new Sequence(name(name), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null);
    }

    public static Constraint primaryKey(String name, String... columns) {
        return new Constraint(name, Constraint.Kind.PRIMARY_KEY, "PRIMARY KEY (" + String.join(", ", columns) + ")",
                List.of(columns), null);
    }

    public static Constraint unique(String name, String... columns) {
        return new Constraint(name, Constraint.Kind.UNIQUE, "UNIQUE (" + String.join(", ", columns) + ")",
                List.of(columns), null);
    }

    public static Constraint check(String name, String expression, String... columns) {
        return new Constraint(name, Constraint.Kind.CHECK, "CHECK (" + expression + ")", List.of(columns), null);
    }

    /** {@code FOREIGN KEY (column) REFERENCES table(referenced)} plus {@code actions}, e.g. ON DELETE CASCADE. */
    public static Constraint foreignKey(String name, String column, String table, String referenced, String actions) {
        QualifiedName target = name(table);
        return new Constraint(name, Constraint.Kind.FOREIGN_KEY, "FOREIGN KEY (" + column + ") REFERENCES "
                + target + "(" + referenced + ")" + (actions.isEmpty() ? "" : " " + actions),
                List.of(column.split(", ")), target);
    }

    /** A btree index as pg_get_indexdef prints it. */
    public static Index index(String name, String table, String columns) {
        return new Index(name, "CREATE INDEX " + name + " ON " + name(table) + " USING btree (" + columns + ")", false);
    }

    /** A column under construction; every setter returns it. */
    public static final class ColumnBuilder {
        private final String name;
        private final String type;
        private boolean notNull;
        private @Nullable String defaultExpression;
        private Column.Identity identity = Column.Identity.NONE;
        private @Nullable String generated;
        private @Nullable String collation;
        private @Nullable String comment;
        private @Nullable IdentityOptions identityOptions;

        ColumnBuilder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public ColumnBuilder notNull() {
            this.notNull = true;
            return this;
        }

        public ColumnBuilder defaultsTo(String expression) {
            this.defaultExpression = expression;
            return this;
        }

        public ColumnBuilder identity(Column.Identity kind) {
            this.identity = kind;
            return this;
        }

        public ColumnBuilder identity(Column.Identity kind, IdentityOptions options) {
            this.identity = kind;
            this.identityOptions = options;
            return this;
        }

        public ColumnBuilder generated(String expression) {
            this.generated = expression;
            return this;
        }

        public ColumnBuilder collate(String name) {
            this.collation = name;
            return this;
        }

        public ColumnBuilder comment(String text) {
            this.comment = text;
            return this;
        }

        public Column build() {
            return new Column(name, type, notNull, defaultExpression, identity, generated, collation, comment,
                    identityOptions);
        }
    }

    /** A table under construction. */
    public static final class TableBuilder {
        private final QualifiedName name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private @Nullable String comment;

        TableBuilder(QualifiedName name) {
            this.name = name;
        }

        public TableBuilder with(ColumnBuilder... added) {
            Arrays.stream(added).map(ColumnBuilder::build).forEach(columns::add);
            return this;
        }

        public TableBuilder with(Column... added) {
            columns.addAll(List.of(added));
            return this;
        }

        public TableBuilder with(Constraint... added) {
            constraints.addAll(List.of(added));
            return this;
        }

        public TableBuilder with(Index... added) {
            indexes.addAll(List.of(added));
            return this;
        }

        public TableBuilder comment(String text) {
            this.comment = text;
            return this;
        }

        public Table build() {
            return new Table(name, columns, constraints, indexes, List.of(), List.of(), List.of(), false, false, comment);
        }
    }
}
