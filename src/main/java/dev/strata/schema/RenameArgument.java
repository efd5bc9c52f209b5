package dev.strata.schema;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import java.util.List;

/**
 * Reads {@code --rename OLD=NEW}: {@code table=new_table} or {@code schema.table=schema.new_table}
 * for a table, {@code table.column=table.new_column} or {@code schema.table.column=...} for a
 * column. A two-part name is a table when the {@code from} schema has such a table, else a
 * column of a table in {@code public}.
 */
public final class RenameArgument {

    private RenameArgument() {
    }

    /**
     * @throws IllegalArgumentException quoting the argument when it does not parse
     */
    public static Rename parse(String argument, SchemaModel from) {
        int equals = argument.indexOf('=');
        if (equals <= 0 || equals == argument.length() - 1) {
            throw invalid(argument, "expected OLD=NEW, e.g. users.name=users.full_name or users=people");
        }
        List<String> old = List.of(argument.substring(0, equals).split("\\.", -1));
        List<String> target = List.of(argument.substring(equals + 1).split("\\.", -1));
        if (old.size() > 3 || target.size() > 3 || old.contains("") || target.contains("")) {
            throw invalid(argument, "names have one to three dot-separated parts");
        }
        boolean table = old.size() == 1
                || old.size() == 2 && from.tables().containsKey(new QualifiedName(old.get(0), old.get(1)));
        if (table) {
            QualifiedName name = old.size() == 1 ? new QualifiedName("public", old.get(0))
                    : new QualifiedName(old.get(0), old.get(1));
            if (target.size() == 3 || target.size() == 2 && !target.get(0).equals(name.schema())) {
                throw invalid(argument, "a table is renamed within its schema: write " + name.schema() + "."
                        + target.getLast());
            }
            return new Rename(name, null, target.getLast());
        }
        QualifiedName name = old.size() == 3 ? new QualifiedName(old.get(0), old.get(1))
                : new QualifiedName("public", old.get(0));
        if (target.size() > 1 && !target.get(target.size() - 2).equals(name.name())
                || target.size() == 3 && !target.get(0).equals(name.schema())) {
            throw invalid(argument, "a column is renamed within its table: write " + old.get(old.size() - 2) + "."
                    + target.getLast());
        }
        return new Rename(name, old.getLast(), target.getLast());
    }

    /** The argument that asserts {@code rename}, as {@link #parse} reads it: schema-qualified outside {@code public}. */
    public static String format(Rename rename) {
        String table = argument(rename.table());
        return rename.column() == null ? table + "=" + argument(rename.table().withName(rename.newName()))
                : table + "." + rename.column() + "=" + table + "." + rename.newName();
    }

    private static String argument(QualifiedName table) {
        return table.schema().equals("public") ? table.name() : table.toString();
    }

    private static IllegalArgumentException invalid(String argument, String why) {
        return new IllegalArgumentException("--rename '" + argument + "': " + why);
    }
}
