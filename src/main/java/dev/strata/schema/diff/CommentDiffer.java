package dev.strata.schema.diff;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.SetComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    private static void compare(List<Change> changes, String kind, String target, @Nullable String a, @Nullable String b) {
        if (!Objects.equals(a, b)) {
            changes.add(new SetComment(kind, target, a, b));
        }
    }
}
