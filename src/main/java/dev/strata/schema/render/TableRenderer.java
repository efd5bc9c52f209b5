package dev.strata.schema.render;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.ColumnChange.AlterColumnIdentity;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange;
import dev.strata.schema.ops.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
            case ColumnChange.AlterColumnNullability c -> List.of(table + "ALTER COLUMN " + Sql.ident(c.column())
                    + (c.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
            case ColumnChange.AlterColumnDefault c -> List.of(table + "ALTER COLUMN " + Sql.ident(c.column())
                    + (c.to() == null ? " DROP DEFAULT" : " SET DEFAULT " + c.to()));
            case AlterColumnIdentity c -> identity(table, c);
        };
    }

    private static List<String> create(Table table) {
        String columns = table.columns().stream().map(c -> "    " + ColumnSql.definition(c))
                .collect(Collectors.joining(",\n"));
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + Sql.name(table.name()) + " (\n" + columns + "\n)");
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

    /** An identity added to a column that has rows starts after their values. */
    private static List<String> identity(String table, AlterColumnIdentity change) {
        String column = table + "ALTER COLUMN " + Sql.ident(change.column());
        String kind = change.to() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        if (change.to() == Column.Identity.NONE) {
            return List.of(column + " DROP IDENTITY");
        }
        if (change.from() != Column.Identity.NONE) {
            return List.of(column + " SET GENERATED " + kind);
        }
        return List.of(column + " ADD GENERATED " + kind + " AS IDENTITY",
                SerialSql.continueAfterRows(change.table(), change.column()));
    }
}
