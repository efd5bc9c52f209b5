package dev.strata.schema.render;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.IdentityOptions;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.TableLayout;
import dev.strata.schema.ops.ColumnChange.AlterColumnIdentity;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange;
import dev.strata.schema.ops.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Tables and their columns. */
final class TableRenderer {

    private TableRenderer() {
    }

    static List<String> render(TableChange change) {
        return switch (change) {
            case TableChange.CreateTable c -> create(c.table());
            case TableChange.DropTable c -> List.of("DROP TABLE " + Sql.name(c.table().name()));
            case TableChange.RenameTable c -> List.of("ALTER TABLE " + Sql.name(c.from()) + " RENAME TO "
                    + Sql.ident(c.to().name()));
            case TableChange.AlterStorage c -> storage(c);
            case TableChange.AttachPartition c -> List.of("ALTER TABLE " + Sql.name(c.parent()) + " ATTACH PARTITION "
                    + Sql.name(c.partition()) + " " + c.bound());
            case TableChange.DetachPartition c -> List.of(leave(c.partition(), "ALTER TABLE " + Sql.name(c.parent())
                    + " DETACH PARTITION " + Sql.name(c.partition())));
            case TableChange.Inherit c -> List.of(inherit(c));
            case TableChange.NoInherit c -> List.of(leave(c.child(), "ALTER TABLE " + Sql.name(c.child())
                    + " NO INHERIT " + Sql.name(c.parent())));
        };
    }

    static List<String> render(ColumnChange change) {
        String table = "ALTER TABLE " + Sql.name(change.table()) + " ";
        return switch (change) {
            case ColumnChange.AddColumn c -> withComment(table + "ADD COLUMN " + ColumnSql.definition(c.column()),
                    c.table(), c.column());
            case ColumnChange.DropColumn c -> List.of(table + "DROP COLUMN " + Sql.ident(c.column().name()));
            case ColumnChange.RenameColumn c -> List.of(table + "RENAME COLUMN " + Sql.ident(c.from()) + " TO "
                    + Sql.ident(c.to()));
            case AlterColumnType c -> retype(table, c);
            case ColumnChange.AlterColumnExpression c -> c.to().generated() == null
                    ? List.of(table + "ALTER COLUMN " + Sql.ident(c.to().name()) + " DROP EXPRESSION")
                    : List.of(table + "DROP COLUMN " + Sql.ident(c.to().name()),
                            table + "ADD COLUMN " + ColumnSql.definition(c.to()));
            case ColumnChange.AlterColumnNullability c -> List.of(table + "ALTER COLUMN " + Sql.ident(c.column())
                    + (c.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
            case ColumnChange.AlterColumnDefault c -> List.of(setDefault(table, c.column(), c.to()));
            case ColumnChange.RebindColumnDefault c -> List.of(setDefault(table, c.column(), c.to()));
            case AlterColumnIdentity c -> identity(table, c);
            case ColumnChange.AlterIdentityOptions c -> List.of(table + "ALTER COLUMN " + Sql.ident(c.column()) + " "
                    + String.join(" ", c.to().alterations(c.from())));
        };
    }

    /** SET DEFAULT, or DROP DEFAULT when {@code expression} is null. */
    private static String setDefault(String table, String column, @Nullable String expression) {
        return table + "ALTER COLUMN " + Sql.ident(column) + (expression == null ? " DROP DEFAULT"
                : " SET DEFAULT " + expression);
    }

    /**
     * CREATE TABLE with the layout: a partition as PARTITION OF its parent (its columns are the
     * parent's), an inheriting table with its own columns and INHERITS.
     */
    private static List<String> create(Table table) {
        TableLayout layout = table.layout();
        StringBuilder create = new StringBuilder("CREATE ").append(layout.unlogged() ? "UNLOGGED " : "")
                .append("TABLE ").append(Sql.name(table.name()));
        String columns = table.columns().stream().map(c -> "    " + ColumnSql.definition(c))
                .collect(Collectors.joining(",\n"));
        QualifiedName parent = layout.partitionOf();
        if (parent != null) {
            create.append(" PARTITION OF ").append(Sql.name(parent))
                    .append(columns.isEmpty() ? "" : " (\n" + columns + "\n)").append(' ')
                    .append(layout.partitionBound());
        } else {
            create.append(" (\n").append(columns).append("\n)");
            if (!layout.inherits().isEmpty()) {
                create.append(" INHERITS (").append(layout.inherits().stream().map(Sql::name)
                        .collect(Collectors.joining(", "))).append(')');
            }
        }
        if (layout.partitionBy() != null) {
            create.append(" PARTITION BY ").append(layout.partitionBy());
        }
        if (!layout.options().isEmpty()) {
            create.append(" WITH (").append(String.join(", ", layout.options())).append(')');
        }
        List<String> statements = new ArrayList<>();
        statements.add(create.toString());
        if (table.comment() != null) {
            statements.add("COMMENT ON TABLE " + Sql.name(table.name()) + " IS " + Sql.literal(table.comment()));
        }
        table.columns().forEach(c -> statements.addAll(columnComment(table.name(), c)));
        return statements;
    }

    private static List<String> withComment(String statement, QualifiedName table, Column column) {
        List<String> statements = new ArrayList<>();
        statements.add(statement);
        statements.addAll(columnComment(table, column));
        return statements;
    }

    private static List<String> columnComment(QualifiedName table, Column column) {
        return column.comment() == null ? List.of() : List.of("COMMENT ON COLUMN " + Sql.name(table) + "."
                + Sql.ident(column.name()) + " IS " + Sql.literal(column.comment()));
    }

    /**
     * The old default may not cast to the new type, so it is dropped first and the target's set
     * after; a serial's sequence follows the column, and a change of serial kind alone needs no cast.
     */
    private static List<String> retype(String table, AlterColumnType change) {
        String column = table + "ALTER COLUMN " + Sql.ident(change.to().name());
        List<String> statements = new ArrayList<>();
        if (change.from().defaultExpression() != null
                || SerialSql.isSerial(change.from().type()) && !SerialSql.isSerial(change.to().type())) {
            statements.add(column + " DROP DEFAULT");
        }
        if (!ColumnSql.baseType(change.from().type()).equals(ColumnSql.baseType(change.to().type()))
                || !Objects.equals(change.from().collation(), change.to().collation())) {
            statements.add(column + " TYPE " + ColumnSql.baseType(change.to().type())
                    + ColumnSql.collation(change.to()) + " USING " + ColumnSql.cast(change.from(), change.to()));
        }
        statements.addAll(SerialSql.after(change.table(), change.from(), change.to()));
        if (change.to().defaultExpression() != null) {
            statements.add(column + " SET DEFAULT " + change.to().defaultExpression());
        }
        return statements;
    }

    /**
     * Runs {@code statement}, which takes {@code table} out of a partition or inheritance tree, and
     * drops what it leaves behind: the copies of the parent's constraints and indexes, which stay
     * on the table as its own. The target's own constraints and indexes are added by their changes.
     */
    private static String leave(QualifiedName table, String statement) {
        String regclass = Sql.literal(Sql.name(table)) + "::regclass";
        return "DO $$\nDECLARE\n"
                + "    constraints text[] := ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint WHERE conrelid = "
                + regclass + " AND (conparentid <> 0 OR contype = 'c' AND coninhcount > 0));\n"
                + "    indexes text[] := ARRAY(SELECT i.indexrelid::regclass::text FROM pg_catalog.pg_index i "
                + "JOIN pg_catalog.pg_inherits h ON h.inhrelid = i.indexrelid WHERE i.indrelid = " + regclass
                + " AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint c WHERE c.conindid = i.indexrelid"
                + " AND c.conrelid = i.indrelid));\n"
                + "    name text;\n"
                + "BEGIN\n"
                + "    " + statement + ";\n"
                + "    FOREACH name IN ARRAY constraints LOOP\n"
                + "        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', " + regclass + ", name);\n"
                + "    END LOOP;\n"
                + "    FOREACH name IN ARRAY indexes LOOP\n"
                + "        EXECUTE 'DROP INDEX ' || name;\n"
                + "    END LOOP;\n"
                + "END $$";
    }

    /**
     * INHERIT, after giving the child the parent's inheritable checks it lacks (PostgreSQL requires
     * them); they are then the parent's, as when the child is created with INHERITS.
     */
    private static String inherit(TableChange.Inherit change) {
        String child = Sql.literal(Sql.name(change.child())) + "::regclass";
        return "DO $$\nDECLARE\n    missing record;\nBEGIN\n"
                + "    FOR missing IN SELECT p.conname, pg_catalog.pg_get_constraintdef(p.oid) AS definition"
                + " FROM pg_catalog.pg_constraint p WHERE p.conrelid = " + Sql.literal(Sql.name(change.parent()))
                + "::regclass AND p.contype = 'c' AND NOT p.connoinherit AND NOT EXISTS (SELECT FROM"
                + " pg_catalog.pg_constraint c WHERE c.conrelid = " + child + " AND c.conname = p.conname) LOOP\n"
                + "        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', " + child
                + ", missing.conname, missing.definition);\n"
                + "    END LOOP;\n"
                + "    ALTER TABLE " + Sql.name(change.child()) + " INHERIT " + Sql.name(change.parent()) + ";\n"
                + "END $$";
    }

    /** Persistence first, then the parameters set or changed, then those reset to their defaults. */
    private static List<String> storage(TableChange.AlterStorage change) {
        String table = "ALTER TABLE " + Sql.name(change.table());
        List<String> statements = new ArrayList<>();
        if (change.from().unlogged() != change.to().unlogged()) {
            statements.add(table + (change.to().unlogged() ? " SET UNLOGGED" : " SET LOGGED"));
        }
        List<String> set = change.to().options().stream().filter(o -> !change.from().options().contains(o)).toList();
        if (!set.isEmpty()) {
            statements.add(table + " SET (" + String.join(", ", set) + ")");
        }
        List<String> kept = change.to().options().stream().map(TableRenderer::parameter).toList();
        List<String> reset = change.from().options().stream().map(TableRenderer::parameter)
                .filter(p -> !kept.contains(p)).toList();
        if (!reset.isEmpty()) {
            statements.add(table + " RESET (" + String.join(", ", reset) + ")");
        }
        return statements;
    }

    /** The name of a storage parameter, {@code fillfactor} of {@code fillfactor=70}. */
    private static String parameter(String option) {
        int equals = option.indexOf('=');
        return equals < 0 ? option : option.substring(0, equals);
    }

    /**
     * An identity added to a column that has rows starts after their values (and not below the
     * START WITH it is given).
     */
    private static List<String> identity(String table, AlterColumnIdentity change) {
        String column = table + "ALTER COLUMN " + Sql.ident(change.column());
        String kind = change.to() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        if (change.to() == Column.Identity.NONE) {
            return List.of(column + " DROP IDENTITY");
        }
        if (change.from() != Column.Identity.NONE) {
            return List.of(column + " SET GENERATED " + kind);
        }
        IdentityOptions options = change.options();
        if (options == null) {
            return List.of(column + " ADD GENERATED " + kind + " AS IDENTITY",
                    SerialSql.continueAfterRows(change.table(), change.column(), 1));
        }
        List<String> clauses = options.clauses(change.type());
        String add = column + " ADD GENERATED " + kind + " AS IDENTITY"
                + (clauses.isEmpty() ? "" : " (" + String.join(" ", clauses) + ")");
        return options.increment() > 0
                ? List.of(add, SerialSql.continueAfterRows(change.table(), change.column(), options.start()))
                : List.of(add);
    }
}
