package dev.strata.schema.render;

import dev.strata.schema.model.Routine;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.ops.ProgramChange.ReplaceRoutine;
import dev.strata.schema.ops.ProgramChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders views, routines and triggers. Routines and triggers are created from PostgreSQL's own
 * definitions (pg_get_functiondef, pg_get_triggerdef). Nothing is dropped with CASCADE: what
 * depends on a dropped object is dropped by its own change first.
 */
final class ProgramRenderer {

    private ProgramRenderer() {
    }

    public static List<String> render(ProgramChange change) {
        return switch (change) {
            case CreateView create -> createView(create.view());
            case DropView drop -> List.of("DROP " + kind(drop.view()) + " " + Sql.name(drop.view().name()));
            case CreateRoutine create -> List.of(create.routine().definition());
            case ReplaceRoutine replace -> List.of(replace.to().definition());
            case DropRoutine drop -> List.of(dropRoutine(drop.routine()));
            case CreateTrigger create -> createTrigger(create.trigger());
            case DropTrigger drop -> List.of("DROP TRIGGER " + Sql.ident(drop.trigger().name()) + " ON "
                    + Sql.name(drop.trigger().table()));
        };
    }

    /** CREATE TRIGGER, then its firing when it is not the one every trigger is created with. */
    private static List<String> createTrigger(Trigger trigger) {
        if (trigger.firing() == Trigger.Firing.ORIGIN) {
            return List.of(trigger.definition());
        }
        return List.of(trigger.definition(), "ALTER TABLE " + Sql.name(trigger.table()) + " "
                + trigger.firing().clause() + " TRIGGER " + Sql.ident(trigger.name()));
    }

    /**
     * The view, then its comment, which a view that is dropped and created again would lose, then
     * a materialized view's indexes, which go with it.
     */
    private static List<String> createView(View view) {
        StringBuilder create = new StringBuilder("CREATE ").append(kind(view)).append(' ').append(Sql.name(view.name()));
        if (!view.options().isEmpty()) {
            create.append(" WITH (").append(String.join(", ", view.options())).append(')');
        }
        create.append(" AS\n").append(view.definition());
        if (view.materialized()) {
            create.append("\nWITH DATA");
        }
        List<String> statements = new ArrayList<>(List.of(create.toString()));
        if (view.comment() != null) {
            statements.add("COMMENT ON " + kind(view) + " " + Sql.name(view.name()) + " IS " + Sql.literal(view.comment()));
        }
        view.indexes().forEach(index -> statements.add(index.definition()));
        return statements;
    }

    private static String kind(View view) {
        return view.materialized() ? "MATERIALIZED VIEW" : "VIEW";
    }

    private static String dropRoutine(Routine routine) {
        return "DROP " + (routine.procedure() ? "PROCEDURE " : "FUNCTION ") + Sql.name(routine.name()) + "("
                + routine.arguments() + ")";
    }
}
