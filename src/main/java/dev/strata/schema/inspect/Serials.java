package dev.strata.schema.inspect;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Sequence;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Recognises the sequence-and-default pair that {@code serial} expands to. */
final class Serials {

    private record Expansion(String serialType, long maxValue) {
    }

    private static final Map<String, Expansion> BY_TYPE = Map.of(
            "smallint", new Expansion("smallserial", Short.MAX_VALUE),
            "integer", new Expansion("serial", Integer.MAX_VALUE),
            "bigint", new Expansion("bigserial", Long.MAX_VALUE));

    private Serials() {
    }

    /**
     * The serial type name when {@code column} is exactly what that serial type creates, with
     * {@code sequence}; else null.
     */
    static @Nullable String serialType(Sequence sequence, Column column, String owner) {
        Expansion expansion = BY_TYPE.get(column.type());
        if (expansion == null || !owner.equals(sequence.ownedBy()) || !column.notNull()
                || column.identity() != Column.Identity.NONE || !column.type().equals(sequence.dataType())) {
            return null;
        }
        String nextval = "nextval('" + Names.regclassText(sequence.name()) + "'::regclass)";
        boolean defaults = sequence.start() == 1 && sequence.increment() == 1 && sequence.minValue() == 1
                && sequence.maxValue() == expansion.maxValue() && sequence.cache() == 1 && !sequence.cycle();
        return defaults && nextval.equals(column.defaultExpression()) ? expansion.serialType() : null;
    }
}
