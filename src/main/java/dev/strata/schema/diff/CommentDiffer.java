package dev.strata.schema.diff;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.CommentTarget;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.SetComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Comments on objects that exist on both sides; a created object's comments are part of its
 * creation, so dropping it and reversing the drop keeps them.
 */
final class CommentDiffer {

    private CommentDiffer() {
    }

    static List<Change> tables(TablePair pair) {
        Table from = pair.from();
        Table to = pair.to();
        List<Change> changes = new ArrayList<>();
        if (from == null || to == null) {
            return changes;
        }
        String table = Sql.name(to.name());
        compare(changes, "TABLE", table, from.comment(), to.comment());
        for (Column column : to.columns()) {
            Optional<Column> old = from.column(column.name());
            if (old.isPresent() && Objects.equals(old.get().generated(), column.generated())) {
                compare(changes, "COLUMN", table + "." + Sql.ident(column.name()), old.get().comment(), column.comment());
            }
        }
        return changes;
    }

    static List<Change> enums(@Nullable EnumType from, @Nullable EnumType to) {
        List<Change> changes = new ArrayList<>();
        if (from != null && to != null) {
            compare(changes, "TYPE", Sql.name(to.name()), from.comment(), to.comment());
        }
        return changes;
    }

    /**
     * The comments kept apart from their objects' records (constraints, indexes, triggers,
     * policies, sequences, routines, schemas, extensions). One that goes away is taken off first,
     * while the object still exists under its old name, so that reversing the change puts it back
     * after the object is created again; one that appears is set last. An object that is dropped
     * and created again (a constraint re-added, a trigger rebuilt) gets its comment again.
     *
     * @param dropped the objects the other changes drop
     */
    static List<Change> catalog(SchemaModel from, SchemaModel to, Set<CommentTarget> dropped) {
        Set<CommentTarget> targets = new TreeSet<>(from.comments().keySet());
        targets.addAll(to.comments().keySet());
        List<Change> changes = new ArrayList<>();
        for (CommentTarget target : targets) {
            String a = from.comments().get(target);
            String b = to.comments().get(target);
            if (a != null && (b == null || dropped.contains(target))) {
                changes.add(new SetComment(target.kind(), target.target(), a, null, true));
                a = null;
            }
            if (b != null && !b.equals(a)) {
                changes.add(new SetComment(target.kind(), target.target(), a, b));
            }
        }
        return changes;
    }

    /**
     * Comments of views that exist on both sides and are not rebuilt (a rebuilt view's creation
     * carries its comment).
     *
     * @param dropped the views the other changes drop
     */
    static List<Change> views(SchemaModel from, SchemaModel to, Set<QualifiedName> dropped) {
        List<Change> changes = new ArrayList<>();
        for (View view : to.views().values()) {
            View old = from.views().get(view.name());
            if (old != null && old.materialized() == view.materialized() && !dropped.contains(view.name())) {
                compare(changes, view.materialized() ? "MATERIALIZED VIEW" : "VIEW", Sql.name(view.name()),
                        old.comment(), view.comment());
            }
        }
        return changes;
    }

    private static void compare(List<Change> changes, String kind, String target, @Nullable String a, @Nullable String b) {
        if (!Objects.equals(a, b)) {
            changes.add(new SetComment(kind, target, a, b));
        }
    }
}
