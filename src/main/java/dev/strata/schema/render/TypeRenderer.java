package dev.strata.schema.render;

import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.TypeChange.EnumUse;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import dev.strata.schema.ops.TypeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Enum types and sequences. */
final class TypeRenderer {

    private TypeRenderer() {
    }

    static List<String> render(TypeChange change) {
        return switch (change) {
            case TypeChange.CreateEnum c -> createEnum(c.type());
            case TypeChange.DropEnum c -> List.of("DROP TYPE " + Sql.name(c.type().name()));
            case TypeChange.AddEnumValue c -> List.of("ALTER TYPE " + Sql.name(c.to().name()) + " ADD VALUE "
                    + Sql.literal(c.value()) + (c.neighbour() == null ? ""
                            : (c.before() ? " BEFORE " : " AFTER ") + Sql.literal(c.neighbour())));
            case TypeChange.RenameEnumValue c -> List.of("ALTER TYPE " + Sql.name(c.to().name()) + " RENAME VALUE "
                    + Sql.literal(c.oldValue()) + " TO " + Sql.literal(c.newValue()));
            case RecreateEnum c -> recreate(c);
            case TypeChange.CreateSequence c -> List.of("CREATE SEQUENCE " + Sql.name(c.sequence().name())
                    + parameters(c.sequence()));
            // An owned sequence goes with its column or table, which may be dropped before it.
            case TypeChange.DropSequence c -> List.of("DROP SEQUENCE " + (c.sequence().ownedBy() == null ? ""
                    : "IF EXISTS ") + Sql.name(c.sequence().name()));
            case TypeChange.AlterSequence c -> List.of("ALTER SEQUENCE " + Sql.name(c.to().name())
                    + parameters(c.to()));
        };
    }

    private static List<String> createEnum(EnumType type) {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TYPE " + Sql.name(type.name()) + " AS ENUM ("
                + type.labels().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ")");
        if (type.comment() != null) {
            statements.add("COMMENT ON TYPE " + Sql.name(type.name()) + " IS " + Sql.literal(type.comment()));
        }
        return statements;
    }

    /** Renames the old type aside, creates the new one, recasts every use through text, drops the old. */
    private static List<String> recreate(RecreateEnum change) {
        String name = Sql.name(change.to().name());
        String aside = change.to().name().name() + "__strata_old";
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + name + " RENAME TO " + Sql.ident(aside));
        statements.addAll(createEnum(change.to()));
        for (EnumUse use : change.uses()) {
            String alter = "ALTER TABLE " + Sql.name(use.table()) + " ALTER COLUMN " + Sql.ident(use.column());
            if (use.fromDefault() != null) {
                statements.add(alter + " DROP DEFAULT");
            }
            String column = Sql.ident(use.column());
            statements.add(alter + " TYPE " + name + (use.array() ? "[]" : "") + " USING " + column
                    + (use.array() ? "::text[]::" + name + "[]" : "::text::" + name));
            if (use.toDefault() != null) {
                statements.add(alter + " SET DEFAULT " + use.toDefault());
            }
        }
        statements.add("DROP TYPE " + Sql.ident(change.to().name().schema()) + "." + Sql.ident(aside));
        return statements;
    }

    private static String parameters(Sequence s) {
        return " AS " + s.dataType() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue()
                + " MAXVALUE " + s.maxValue() + " START WITH " + s.start() + " CACHE " + s.cache()
                + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }
}
