package dev.strata.schema.render;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;
import java.util.List;

/**
 * The sequence behind a column that becomes, stops being or changes its serial type. The model
 * folds a serial's sequence into the column without its name, so an existing one is found with
 * pg_get_serial_sequence; a new one takes the name PostgreSQL would give it.
 */
final class SerialSql {

    private SerialSql() {
    }

    static boolean isSerial(String type) {
        return !ColumnSql.baseType(type).equals(type);
    }

    /** What follows the type change: the sequence created, dropped or retyped. */
    static List<String> after(QualifiedName table, Column from, Column to) {
        boolean was = isSerial(from.type());
        boolean is = isSerial(to.type());
        String base = ColumnSql.baseType(to.type());
        if (was && !is) {
            return List.of(execute("'DROP SEQUENCE ' || " + sequence(table, from.name())));
        }
        if (was && !from.type().equals(to.type())) {
            return List.of(execute("'ALTER SEQUENCE ' || " + sequence(table, from.name()) + " || ' AS " + base + "'"));
        }
        if (!is || was) {
            return List.of();
        }
        QualifiedName name = table.withName(table.name() + "_" + to.name() + "_seq");
        return List.of("CREATE SEQUENCE " + Sql.name(name) + " AS " + base + " OWNED BY " + Sql.name(table) + "."
                + Sql.ident(to.name()),
                "ALTER TABLE " + Sql.name(table) + " ALTER COLUMN " + Sql.ident(to.name()) + " SET DEFAULT nextval("
                        + Sql.literal(Sql.name(name)) + "::regclass)",
                continueAfterRows(table, to.name(), 1));
    }

    /**
     * Moves the column's sequence past the values its rows already hold, so new rows do not
     * collide, and not below {@code start}, its first value.
     */
    static String continueAfterRows(QualifiedName table, String column, long start) {
        String next = "COALESCE(max(" + Sql.ident(column) + "), 0) + 1";
        String value = start == 1 ? next : "GREATEST(" + next + ", " + start + ")";
        return "SELECT setval(" + sequence(table, column) + ", " + value + ", false) FROM " + Sql.name(table);
    }

    private static String sequence(QualifiedName table, String column) {
        return "pg_get_serial_sequence(" + Sql.literal(Sql.name(table)) + ", " + Sql.literal(column) + ")";
    }

    private static String execute(String command) {
        return "DO $$ BEGIN EXECUTE " + command + "; END $$";
    }
}
