package dev.strata.schema.render;

import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.AccessChange;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange;
import dev.strata.schema.ops.ConstraintChange;
import dev.strata.schema.ops.EventTriggerChange;
import dev.strata.schema.ops.NamespaceChange;
import dev.strata.schema.ops.OperatorChange;
import dev.strata.schema.ops.PublicationChange;
import dev.strata.schema.ops.ProgramChange;
import dev.strata.schema.ops.SetComment;
import dev.strata.schema.ops.TableChange;
import dev.strata.schema.ops.TypeChange;
import java.util.List;

/** One renderer per kind of change; each returns statements without their trailing semicolon. */
public final class ChangeRenderer {

    private ChangeRenderer() {
    }

    public static List<String> render(Change change) {
        return switch (change) {
            case NamespaceChange c -> NamespaceRenderer.render(c);
            case TypeChange c -> TypeRenderer.render(c);
            case TableChange c -> TableRenderer.render(c);
            case ColumnChange c -> TableRenderer.render(c);
            case ConstraintChange c -> ConstraintRenderer.render(c);
            case ProgramChange c -> ProgramRenderer.render(c);
            case AccessChange c -> AccessRenderer.render(c);
            case EventTriggerChange c -> EventTriggerRenderer.render(c);
            case OperatorChange c -> OperatorRenderer.render(c);
            case PublicationChange c -> PublicationRenderer.render(c);
            case SetComment c -> List.of("COMMENT ON " + c.kind() + " " + c.target() + " IS "
                    + (c.to() == null ? "NULL" : Sql.literal(c.to())));
        };
    }
}
