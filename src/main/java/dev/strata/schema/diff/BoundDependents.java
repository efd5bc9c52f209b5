package dev.strata.schema.diff;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AlterColumnDefault;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange.RebindColumnDefault;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import dev.strata.schema.ops.TypeChange.AddEnumValue;
import dev.strata.schema.ops.TypeChange.EnumUse;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks, indexes, triggers and policies bound to a routine the changes drop or to an enum they
 * recreate, although their own text is the same on both sides. A function whose signature
 * changes (an argument widened from integer to bigint) is still called as {@code f(a, b)}, since
 * PostgreSQL prints no implicit cast, and PostgreSQL refuses to drop the old routine while they
 * use it. An enum's literals ({@code 'red'::public.color}) stay bound to the old type, renamed
 * aside, and PostgreSQL cannot rebuild a check or an index comparing the retyped column with
 * them (an added value counts too: the down script recreates the type). So each is dropped
 * before and created again after (their phases already lie on either
 * side of the routines' and the enums'). A column default that calls such a routine is let go of
 * and set again instead ({@link #rebindDefaults}): the column's own changes run between the
 * routines' drops and creations, so the default gets phases of its own on either side.
 */
final class BoundDependents {

    private BoundDependents() {
    }

    /**
     * Adds to {@code changes} the drops and creates they lack for the dependents of the routines
     * they drop and the enums they recreate; a policy they alter in place that uses one is
     * dropped and created instead.
     */
    static void rebuild(List<TablePair> pairs, List<Change> changes) {
        List<Pattern> bindings = new ArrayList<>();
        changes.forEach(change -> {
            if (change instanceof DropRoutine drop) {
                bindings.add(call(drop));
            } else if (change instanceof RecreateEnum recreate) {
                bindings.add(typeName(recreate.from().name()));
            } else if (change instanceof AddEnumValue added) {
                // Its reverse, the down script, recreates the type.
                bindings.add(typeName(added.from().name()));
            }
        });
        if (bindings.isEmpty()) {
            return;
        }
        Predicate<String> calling = text -> bindings.stream().anyMatch(binding -> binding.matcher(text).find());
        Predicate<Policy> policyCalling = p -> calling.test(Objects.toString(p.using(), "") + " "
                + Objects.toString(p.withCheck(), ""));
        List<Change> rebuilt = new ArrayList<>();
        changes.removeIf(change -> {
            if (change instanceof AlterPolicy alter && policyCalling.test(alter.from())) {
                rebuilt.add(new DropPolicy(alter.from()));
                rebuilt.add(new CreatePolicy(alter.to()));
                return true;
            }
            return false;
        });
        changes.addAll(rebuilt);
        rebuilt.clear();
        Set<Object> handled = new HashSet<>();
        changes.forEach(change -> handled.add(key(change)));
        for (TablePair pair : pairs) {
            Table from = pair.from();
            Table to = pair.to();
            if (from == null || to == null) {
                continue;
            }
            rebuild(from.constraints(), to.constraints(), Constraint::name, c -> calling.test(c.definition()),
                    c -> new DropConstraint(from.name(), c), c -> new AddConstraint(to.name(), c), handled, rebuilt);
            rebuild(from.indexes(), to.indexes(), Index::name, i -> calling.test(i.definition()),
                    i -> new DropIndex(from.name(), i), i -> new CreateIndex(to.name(), i), handled, rebuilt);
            rebuild(from.triggers(), to.triggers(), Trigger::name, t -> calling.test(t.definition()),
                    DropTrigger::new, CreateTrigger::new, handled, rebuilt);
            rebuild(from.policies(), to.policies(), Policy::name, policyCalling, DropPolicy::new, CreatePolicy::new,
                    handled, rebuilt);
        }
        changes.addAll(rebuilt);
    }

    /**
     * Replaces the default changes of each column that stays and whose default calls a routine
     * the changes drop by a {@link RebindColumnDefault} on either side of the routines: the old
     * default let go of before the routine goes, the target's set once the routines are created.
     * A default reads the same over a routine created again, or over one of a new signature, and
     * PostgreSQL refuses to drop the old routine while a default uses it. The recast of a
     * recreated enum and a type change, which drop and set the default themselves while the new
     * routine does not exist yet, are left without it.
     *
     * @param renames the asserted renames: the default is let go of before they run, under the
     *     column's old name
     */
    static void rebindDefaults(List<TablePair> pairs, List<Change> changes, Renamer renames) {
        List<Pattern> calls = changes.stream().filter(DropRoutine.class::isInstance)
                .map(change -> call((DropRoutine) change)).toList();
        if (calls.isEmpty()) {
            return;
        }
        List<Change> rebound = new ArrayList<>();
        Set<List<Object>> columns = new HashSet<>();
        for (TablePair pair : pairs) {
            if (!(pair.from() instanceof Table from && pair.to() instanceof Table to)) {
                continue;
            }
            for (Column old : from.columns()) {
                String released = old.defaultExpression();
                Optional<Column> kept = to.column(old.name());
                if (released == null || kept.isEmpty() || calls.stream().noneMatch(c -> c.matcher(released).find())) {
                    continue;
                }
                String original = renames.original(from, old.name());
                rebound.add(new RebindColumnDefault(from.name(), original, released, null));
                String restored = kept.get().defaultExpression();
                if (restored != null) {
                    rebound.add(new RebindColumnDefault(to.name(), old.name(), null, restored));
                }
                columns.add(List.of(from.name(), original));
                columns.add(List.of(to.name(), old.name()));
            }
        }
        if (rebound.isEmpty()) {
            return;
        }
        changes.removeIf(change -> change instanceof AlterColumnDefault d && columns.contains(List.of(d.table(),
                d.column())));
        changes.replaceAll(change -> switch (change) {
            case AlterColumnType c when columns.contains(List.of(c.table(), c.to().name())) ->
                    new AlterColumnType(c.table(), c.from().withDefault(null), c.to().withDefault(null));
            case RecreateEnum c -> new RecreateEnum(c.from(), c.to(), withoutDefaults(c.uses(), columns));
            case AddEnumValue c -> new AddEnumValue(c.from(), c.to(), c.value(), c.neighbour(), c.before(),
                    withoutDefaults(c.uses(), columns));
            default -> change;
        });
        changes.addAll(rebound);
    }

    /** The uses, those of {@code columns} (table and column names) with no default to drop or set. */
    private static List<EnumUse> withoutDefaults(List<EnumUse> uses, Set<List<Object>> columns) {
        return uses.stream().map(use -> columns.contains(List.of(use.table(), use.column()))
                ? new EnumUse(use.table(), use.column(), null, null, use.array()) : use).toList();
    }

    /** A call of the routine by its qualified name, as a definition or a default prints it. */
    private static Pattern call(DropRoutine drop) {
        return Pattern.compile(Pattern.quote(Sql.name(drop.routine().name()) + "("));
    }

    private static Pattern typeName(QualifiedName type) {
        return Pattern.compile("(?<![\\w.\"])" + Pattern.quote(Sql.name(type)) + "(?![\\w\"])");
    }

    /** Drops and creates each object of {@code from} that calls a dropped routine and stays in {@code to}. */
    private static <T> void rebuild(List<T> from, List<T> to, Function<T, String> name, Predicate<T> calling,
            Function<T, Change> drop, Function<T, Change> create, Set<Object> handled, List<Change> rebuilt) {
        for (T old : from) {
            if (!calling.test(old)) {
                continue;
            }
            to.stream().filter(target -> name.apply(target).equals(name.apply(old))).findFirst().ifPresent(target -> {
                Change dropping = drop.apply(old);
                Change creating = create.apply(target);
                if (!handled.contains(key(dropping)) && !handled.contains(key(creating))) {
                    rebuilt.add(dropping);
                    rebuilt.add(creating);
                }
            });
        }
    }

    /** What identifies a drop or create of one object: its kind of change, table and name. */
    private static Object key(Change change) {
        return switch (change) {
            case DropConstraint c -> List.of("drop constraint", c.table(), c.constraint().name());
            case AddConstraint c -> List.of("add constraint", c.table(), c.constraint().name());
            case DropIndex c -> List.of("drop index", c.table(), c.index().name());
            case CreateIndex c -> List.of("create index", c.table(), c.index().name());
            case DropTrigger c -> List.of("drop trigger", c.trigger().table(), c.trigger().name());
            case CreateTrigger c -> List.of("create trigger", c.trigger().table(), c.trigger().name());
            case DropPolicy c -> List.of("drop policy", c.policy().table(), c.policy().name());
            case CreatePolicy c -> List.of("create policy", c.policy().table(), c.policy().name());
            default -> change;
        };
    }
}
