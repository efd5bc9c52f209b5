package dev.strata.schema.diff;

import dev.strata.schema.model.CompositeType;
import dev.strata.schema.model.Domain;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.RangeType;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.SetComment;
import dev.strata.schema.ops.TypeChange.AlterCompositeType;
import dev.strata.schema.ops.TypeChange.AlterDomain;
import dev.strata.schema.ops.TypeChange.CreateCompositeType;
import dev.strata.schema.ops.TypeChange.CreateRangeType;
import dev.strata.schema.ops.TypeChange.CreateDomain;
import dev.strata.schema.ops.TypeChange.DropCompositeType;
import dev.strata.schema.ops.TypeChange.DropRangeType;
import dev.strata.schema.ops.TypeChange.RecreateRangeType;
import dev.strata.schema.ops.TypeChange.DropDomain;
import dev.strata.schema.ops.TypeChange.RecreateDomain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Domains, range types and composite types. A domain's default, NOT NULL and checks are altered
 * in place, a composite type's attributes too; a new base type (or collation) drops and creates
 * the domain. A range type whose definition changes is dropped and created again: PostgreSQL
 * alters none of it.
 * A comment that changes on a kept type is set; a created type's is part of its creation.
 */
final class TypeDiffer {

    private TypeDiffer() {
    }

    static List<Change> diff(SchemaModel from, SchemaModel to) {
        List<Change> changes = new ArrayList<>(Keyed.<QualifiedName, Domain, Change>compare(from.domains(),
                to.domains(), (a, b) -> {
                    if (a == null) {
                        return List.of(new CreateDomain(Objects.requireNonNull(b)));
                    }
                    if (b == null) {
                        return List.of(new DropDomain(a));
                    }
                    if (!a.baseType().equals(b.baseType()) || !Objects.equals(a.collation(), b.collation())) {
                        return List.of(new RecreateDomain(a, b));
                    }
                    List<Change> altered = new ArrayList<>();
                    if (!withoutComment(a).equals(withoutComment(b))) {
                        altered.add(new AlterDomain(a, b));
                    }
                    comment(altered, "DOMAIN", a.name(), a.comment(), b.comment());
                    return altered;
                }));
        changes.addAll(Keyed.<QualifiedName, RangeType, Change>compare(from.rangeTypes(), to.rangeTypes(), (a, b) -> {
            if (a == null) {
                return List.of(new CreateRangeType(Objects.requireNonNull(b)));
            }
            if (b == null) {
                return List.of(new DropRangeType(a));
            }
            if (!a.withoutComment().equals(b.withoutComment())) {
                return List.of(new RecreateRangeType(a, b));
            }
            List<Change> altered = new ArrayList<>();
            comment(altered, "TYPE", a.name(), a.comment(), b.comment());
            return altered;
        }));
        List<QualifiedName> order = compositeOrder(from, to);
        changes.addAll(Keyed.<QualifiedName, CompositeType, Change>compare(from.compositeTypes(), to.compositeTypes(),
                (a, b) -> {
                    if (a == null) {
                        return List.of(new CreateCompositeType(Objects.requireNonNull(b)));
                    }
                    if (b == null) {
                        return List.of(new DropCompositeType(a));
                    }
                    List<Change> altered = new ArrayList<>();
                    if (!sorted(a).equals(sorted(b))) {
                        altered.add(new AlterCompositeType(a, b));
                    }
                    comment(altered, "TYPE", a.name(), a.comment(), b.comment());
                    return altered;
                }).stream().sorted(Comparator.comparingInt(change -> rank(change, order))).toList());
        return changes;
    }

    /** Attributes are compared by name, not position: one added later goes at the end. */
    private static List<CompositeType.Attribute> sorted(CompositeType type) {
        return type.attributes().stream().sorted(Comparator.comparing(CompositeType.Attribute::name)).toList();
    }

    /**
     * Every composite type of either side after the composite types its attributes use: the order
     * to create them in; dropped in the reverse order.
     */
    private static List<QualifiedName> compositeOrder(SchemaModel from, SchemaModel to) {
        Map<QualifiedName, CompositeType> all = new TreeMap<>(from.compositeTypes());
        all.putAll(to.compositeTypes());
        List<QualifiedName> order = new ArrayList<>();
        all.values().forEach(type -> visit(type, all, order));
        return order;
    }

    private static void visit(CompositeType type, Map<QualifiedName, CompositeType> all, List<QualifiedName> order) {
        if (order.contains(type.name())) {
            return;
        }
        for (CompositeType.Attribute attribute : type.attributes()) {
            String used = attribute.type().endsWith("[]") ? attribute.type().substring(0, attribute.type().length() - 2)
                    : attribute.type();
            all.values().stream().filter(other -> Sql.name(other.name()).equals(used) && !other.equals(type))
                    .findFirst().ifPresent(other -> visit(other, all, order));
        }
        order.add(type.name());
    }

    /** Created and altered types in creation order, dropped ones in the reverse order. */
    private static int rank(Change change, List<QualifiedName> order) {
        return switch (change) {
            case DropCompositeType drop -> order.size() - order.indexOf(drop.type().name());
            case CreateCompositeType create -> order.indexOf(create.type().name());
            case AlterCompositeType alter -> order.indexOf(alter.to().name());
            default -> order.size();
        };
    }

    private static Domain withoutComment(Domain d) {
        return new Domain(d.name(), d.baseType(), d.defaultExpression(), d.notNull(), d.collation(), d.checks(), null);
    }

    private static void comment(List<Change> changes, String kind, QualifiedName name, @Nullable String a,
            @Nullable String b) {
        if (!Objects.equals(a, b)) {
            changes.add(new SetComment(kind, Sql.name(name), a, b));
        }
    }
}
