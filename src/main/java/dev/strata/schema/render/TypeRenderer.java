package dev.strata.schema.render;

import dev.strata.schema.model.CompositeType;
import dev.strata.schema.model.Domain;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.RangeType;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.TypeChange.EnumUse;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import dev.strata.schema.ops.TypeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
                    + parameters(c.to()) + (turns(c.from(), c.to()) ? " RESTART" : ""));
            case TypeChange.AlterSequenceOwner c -> List.of("ALTER SEQUENCE " + Sql.name(c.sequence()) + " OWNED BY "
                    + (c.to() == null ? "NONE" : Sql.name(c.to().table()) + "." + Sql.ident(c.to().column())));
            case TypeChange.RenameSequence c -> List.of("ALTER SEQUENCE " + Sql.name(c.from()) + " RENAME TO "
                    + Sql.ident(c.to().name()));
            case TypeChange.CreateRangeType c -> createRange(c.type());
            case TypeChange.DropRangeType c -> List.of("DROP TYPE " + Sql.name(c.type().name()));
            case TypeChange.RecreateRangeType c -> recreateRange(c.from(), c.to());
            case TypeChange.CreateDomain c -> createDomain(c.domain());
            case TypeChange.DropDomain c -> List.of("DROP DOMAIN " + Sql.name(c.domain().name()));
            case TypeChange.AlterDomain c -> alterDomain(c.from(), c.to());
            case TypeChange.RecreateDomain c -> recreateDomain(c.to());
            case TypeChange.CreateCompositeType c -> createComposite(c.type());
            case TypeChange.DropCompositeType c -> List.of("DROP TYPE " + Sql.name(c.type().name()));
            case TypeChange.AlterCompositeType c -> alterComposite(c.from(), c.to());
        };
    }

    /**
     * Whether a sequence changes direction: the value it stands at lies outside the new bounds
     * (PostgreSQL refuses the change) or on the side it counts away from, so it starts again.
     */
    private static boolean turns(Sequence from, Sequence to) {
        return Long.signum(from.increment()) != Long.signum(to.increment());
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

    private static List<String> createDomain(Domain domain) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(Sql.name(domain.name())).append(" AS ")
                .append(domain.baseType());
        if (domain.collation() != null) {
            sql.append(" COLLATE ").append(Sql.ident(domain.collation()));
        }
        if (domain.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(domain.defaultExpression());
        }
        if (domain.notNull()) {
            sql.append(" NOT NULL");
        }
        domain.checks().forEach(check -> sql.append(" CONSTRAINT ").append(Sql.ident(check.name())).append(' ')
                .append(check.definition()));
        return withComment(sql.toString(), "DOMAIN", domain.name(), domain.comment());
    }

    private static List<String> recreateDomain(Domain domain) {
        String aside = domain.name().name() + "__strata_old";
        List<String> statements = new ArrayList<>();
        statements.add("ALTER DOMAIN " + Sql.name(domain.name()) + " RENAME TO " + Sql.ident(aside));
        statements.addAll(createDomain(domain));
        statements.add("DROP DOMAIN " + Sql.name(domain.name().withName(aside)));
        return statements;
    }

    /** Checks dropped first (a changed one is dropped and added), then default, NOT NULL, added checks. */
    private static List<String> alterDomain(Domain from, Domain to) {
        String domain = "ALTER DOMAIN " + Sql.name(to.name());
        List<String> statements = new ArrayList<>();
        from.checks().stream().filter(check -> !to.checks().contains(check))
                .forEach(check -> statements.add(domain + " DROP CONSTRAINT " + Sql.ident(check.name())));
        if (!java.util.Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            statements.add(domain + (to.defaultExpression() == null ? " DROP DEFAULT"
                    : " SET DEFAULT " + to.defaultExpression()));
        }
        if (from.notNull() != to.notNull()) {
            statements.add(domain + (to.notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
        }
        to.checks().stream().filter(check -> !from.checks().contains(check)).forEach(check -> statements.add(
                domain + " ADD CONSTRAINT " + Sql.ident(check.name()) + " " + check.definition()));
        return statements;
    }

    private static List<String> recreateRange(RangeType from, RangeType to) {
        List<String> statements = new ArrayList<>(List.of("DROP TYPE " + Sql.name(from.name())));
        statements.addAll(createRange(to));
        return statements;
    }

    /** Only the options that differ from what PostgreSQL picks when they are left out. */
    private static List<String> createRange(RangeType type) {
        List<String> options = new ArrayList<>(List.of("SUBTYPE = " + type.subtype()));
        if (type.opclass() != null) {
            options.add("SUBTYPE_OPCLASS = " + type.opclass());
        }
        if (type.collation() != null) {
            options.add("COLLATION = " + Sql.ident(type.collation()));
        }
        if (type.canonical() != null) {
            options.add("CANONICAL = " + type.canonical());
        }
        if (type.subtypeDiff() != null) {
            options.add("SUBTYPE_DIFF = " + type.subtypeDiff());
        }
        if (!type.multirange().equals(type.defaultMultirange())) {
            options.add("MULTIRANGE_TYPE_NAME = " + Sql.name(type.multirange()));
        }
        return withComment("CREATE TYPE " + Sql.name(type.name()) + " AS RANGE (" + String.join(", ", options) + ")",
                "TYPE", type.name(), type.comment());
    }

    private static List<String> createComposite(CompositeType type) {
        return withComment("CREATE TYPE " + Sql.name(type.name()) + " AS (" + type.attributes().stream()
                .map(a -> Sql.ident(a.name()) + " " + a.type() + collation(a)).collect(Collectors.joining(", ")) + ")",
                "TYPE", type.name(), type.comment());
    }

    /** Attributes matched by name: dropped, retyped, then added (at the end, where PostgreSQL puts them). */
    private static List<String> alterComposite(CompositeType from, CompositeType to) {
        String type = "ALTER TYPE " + Sql.name(to.name());
        List<String> statements = new ArrayList<>();
        for (CompositeType.Attribute old : from.attributes()) {
            CompositeType.Attribute now = attribute(to, old.name());
            if (now == null) {
                statements.add(type + " DROP ATTRIBUTE " + Sql.ident(old.name()));
            } else if (!now.equals(old)) {
                statements.add(type + " ALTER ATTRIBUTE " + Sql.ident(now.name()) + " TYPE " + now.type() + collation(now));
            }
        }
        to.attributes().stream().filter(a -> attribute(from, a.name()) == null).forEach(a -> statements.add(
                type + " ADD ATTRIBUTE " + Sql.ident(a.name()) + " " + a.type() + collation(a)));
        return statements;
    }

    private static CompositeType.@Nullable Attribute attribute(CompositeType type, String name) {
        return type.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    private static String collation(CompositeType.Attribute attribute) {
        return attribute.collation() == null ? "" : " COLLATE " + Sql.ident(attribute.collation());
    }

    private static List<String> withComment(String create, String kind, QualifiedName name, @Nullable String comment) {
        List<String> statements = new ArrayList<>(List.of(create));
        if (comment != null) {
            statements.add("COMMENT ON " + kind + " " + Sql.name(name) + " IS " + Sql.literal(comment));
        }
        return statements;
    }

    private static String parameters(Sequence s) {
        return " AS " + s.dataType() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue()
                + " MAXVALUE " + s.maxValue() + " START WITH " + s.start() + " CACHE " + s.cache()
                + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }
}
