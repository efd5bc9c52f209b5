package dev.strata.schema.diff;

import dev.strata.schema.model.CommentTarget;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.Securable;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.NamespaceChange.DropExtension;
import dev.strata.schema.ops.NamespaceChange.DropSchema;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.TypeChange.AddEnumValue;
import dev.strata.schema.ops.TypeChange.DropEnum;
import dev.strata.schema.ops.TypeChange.DropSequence;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The objects the other differs' changes drop, and so lose their privileges and comments with:
 * when the target has them, they are created anew and get both back.
 */
final class Dropped {

    private Dropped() {
    }

    /**
     * What the changes drop that carries privileges (a recreated enum is a new type). An enum
     * that gains a value counts too: the down script recreates it without the value, so its
     * privileges are taken off before and granted again after (a no-op going up, and only for
     * a type whose privileges are not the defaults).
     */
    static Set<Securable> securables(List<Change> changes) {
        Set<Securable> dropped = new TreeSet<>();
        for (Change change : changes) {
            switch (change) {
                case DropView c -> dropped.add(Securable.table(c.view().name()));
                case DropRoutine c -> dropped.add(routine(c.routine()));
                case DropEnum c -> dropped.add(new Securable(Securable.Kind.TYPE, c.type().name(), null));
                case RecreateEnum c -> dropped.add(new Securable(Securable.Kind.TYPE, c.from().name(), null));
                case AddEnumValue c -> dropped.add(new Securable(Securable.Kind.TYPE, c.from().name(), null));
                case DropSequence c -> dropped.add(new Securable(Securable.Kind.SEQUENCE, c.sequence().name(), null));
                case DropSchema c -> dropped.add(Securable.schema(c.name()));
                default -> {
                    // nothing else that carries privileges is dropped and created again
                }
            }
        }
        return dropped;
    }

    /**
     * What the changes drop that may carry a comment kept apart from its record.
     *
     * @param commented the comments the from schema holds: a dropped view takes those on its columns along
     */
    static Set<CommentTarget> commented(List<Change> changes, Set<CommentTarget> commented) {
        Set<CommentTarget> dropped = new TreeSet<>();
        for (Change change : changes) {
            switch (change) {
                case DropConstraint c -> {
                    dropped.add(onTable("CONSTRAINT", c.constraint().name(), c.table()));
                    if (c.constraint().kind() != Constraint.Kind.CHECK
                            && c.constraint().kind() != Constraint.Kind.FOREIGN_KEY) {
                        dropped.add(new CommentTarget("INDEX", Sql.name(c.table().withName(c.constraint().name()))));
                    }
                }
                case DropIndex c -> dropped.add(new CommentTarget("INDEX", Sql.name(c.table().withName(c.index().name()))));
                case DropView c -> {
                    c.view().indexes().forEach(index ->
                            dropped.add(new CommentTarget("INDEX", Sql.name(c.view().name().withName(index.name())))));
                    String columns = Sql.name(c.view().name()) + ".";
                    commented.stream().filter(t -> t.kind().equals("COLUMN") && t.target().startsWith(columns))
                            .forEach(dropped::add);
                }
                case DropTrigger c -> dropped.add(onTable("TRIGGER", c.trigger().name(), c.trigger().table()));
                case DropPolicy c -> dropped.add(onTable("POLICY", c.policy().name(), c.policy().table()));
                case DropSequence c -> dropped.add(new CommentTarget("SEQUENCE", Sql.name(c.sequence().name())));
                case DropRoutine c -> {
                    Securable routine = routine(c.routine());
                    dropped.add(new CommentTarget(routine.kind().name(), routine.target()));
                }
                case DropSchema c -> dropped.add(new CommentTarget("SCHEMA", Sql.ident(c.name())));
                case DropExtension c -> dropped.add(new CommentTarget("EXTENSION", Sql.ident(c.extension().name())));
                default -> {
                    // tables, columns, views and enums carry their comments in their records (a view's
                    // triggers are dropped by their own changes)
                }
            }
        }
        return dropped;
    }

    /** The signatures of the routines the changes drop (for good or to create them again). */
    static Set<String> routines(List<Change> changes) {
        Set<String> dropped = new TreeSet<>();
        changes.forEach(change -> {
            if (change instanceof DropRoutine drop) {
                dropped.add(drop.routine().signature());
            }
        });
        return dropped;
    }

    static Securable routine(Routine routine) {
        return new Securable(routine.procedure() ? Securable.Kind.PROCEDURE : Securable.Kind.FUNCTION, routine.name(),
                routine.arguments());
    }

    private static CommentTarget onTable(String kind, String name, QualifiedName table) {
        return new CommentTarget(kind, Sql.ident(name) + " ON " + Sql.name(table));
    }
}
