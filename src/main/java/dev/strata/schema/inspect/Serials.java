package dev.strata.schema.inspect;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sequence;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the sequence-and-default pair that {@code serial} expands to: the sequence's name,
 * type, parameters and OWNED BY, and the column's default, exactly as {@code serial} makes them.
 * Anything else (a renamed table's old sequence, a sequence of another type or with its own
 * parameters) stays a standalone sequence with the column's default.
 */
public final class Serials {

    private record Expansion(String serialType, long maxValue) {
    }

    private static final Map<String, Expansion> BY_TYPE = Map.of(
            "smallint", new Expansion("smallserial", Short.MAX_VALUE),
            "integer", new Expansion("serial", Integer.MAX_VALUE),
            "bigint", new Expansion("bigserial", Long.MAX_VALUE));

    private Serials() {
    }

    /**
     * The name {@code serial} gives the sequence of {@code table.column}, or null when that name
     * would be longer than PostgreSQL's 63 bytes (it then truncates or picks another name, so
     * such a sequence is never folded).
     */
    public static @Nullable QualifiedName sequenceName(QualifiedName table, String column) {
        String name = table.name() + "_" + column + "_seq";
        return name.getBytes(StandardCharsets.UTF_8).length > 63 ? null : table.withName(name);
    }

    /** What {@code table.column} is, unfolded: its base type and the default that uses {@code sequence}. */
    public static Column unfolded(Column column, String baseType, QualifiedName sequence) {
        return new Column(column.name(), baseType, column.notNull(), nextval(sequence), column.identity(),
                column.generated(), column.collation(), column.comment(), column.identityOptions());
    }

    /** The sequence {@code serial} makes for {@code table.column} of {@code baseType}. */
    public static Sequence sequence(QualifiedName table, String column, String baseType, QualifiedName name) {
        Expansion expansion = BY_TYPE.get(baseType);
        return new Sequence(name, baseType, 1, 1, 1, expansion.maxValue(), 1, false, owner(table, column));
    }

    static String owner(QualifiedName table, String column) {
        return table + "." + column;
    }

    private static String nextval(QualifiedName sequence) {
        return "nextval('" + Names.regclassText(sequence) + "'::regclass)";
    }

    /**
     * The serial type name when {@code column} of {@code table} is exactly what that serial type
     * creates, with {@code sequence}; else null.
     */
    static @Nullable String serialType(Sequence sequence, Column column, QualifiedName table) {
        Expansion expansion = BY_TYPE.get(column.type());
        if (expansion == null || !sequence.name().equals(sequenceName(table, column.name()))
                || !owner(table, column.name()).equals(sequence.ownedBy()) || !column.notNull()
                || column.identity() != Column.Identity.NONE || !column.type().equals(sequence.dataType())) {
            return null;
        }
        boolean defaults = sequence.start() == 1 && sequence.increment() == 1 && sequence.minValue() == 1
                && sequence.maxValue() == expansion.maxValue() && sequence.cache() == 1 && !sequence.cycle();
        return defaults && nextval(sequence.name()).equals(column.defaultExpression()) ? expansion.serialType() : null;
    }
}
