package dev.strata.schema.ops;

import dev.strata.schema.model.Routine;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;

/** Views, functions and triggers: objects defined by code rather than data. */
public sealed interface ProgramChange extends Change {

    /** CREATE [MATERIALIZED] VIEW. */
    record CreateView(View view) implements ProgramChange {
        public Change reverse() { return new DropView(view); }
        public String describe() { return "create " + (view.materialized() ? "materialized " : "") + "view " + view.name(); }
    }

    /** DROP [MATERIALIZED] VIEW; a materialized view's rows are lost. */
    record DropView(View view) implements ProgramChange {
        public Change reverse() { return new CreateView(view); }
        public boolean destructive() { return view.materialized(); }
        public String describe() { return "drop " + (view.materialized() ? "materialized " : "") + "view " + view.name(); }
    }

    /** CREATE FUNCTION / PROCEDURE. */
    record CreateRoutine(Routine routine) implements ProgramChange {
        public Change reverse() { return new DropRoutine(routine); }
        public String describe() { return "create function " + routine.signature(); }
    }

    /** DROP FUNCTION / PROCEDURE. */
    record DropRoutine(Routine routine) implements ProgramChange {
        public Change reverse() { return new CreateRoutine(routine); }
        public String describe() { return "drop function " + routine.signature(); }
    }

    /** CREATE OR REPLACE of a routine whose signature and result type stay the same. */
    record ReplaceRoutine(Routine from, Routine to) implements ProgramChange {
        public Change reverse() { return new ReplaceRoutine(to, from); }
        public String describe() { return "replace function " + to.signature(); }
    }

    /** CREATE TRIGGER. */
    record CreateTrigger(Trigger trigger) implements ProgramChange {
        public Change reverse() { return new DropTrigger(trigger); }
        public String describe() { return "create trigger " + trigger.name() + " on " + trigger.table(); }
    }

    /** DROP TRIGGER. */
    record DropTrigger(Trigger trigger) implements ProgramChange {
        public Change reverse() { return new CreateTrigger(trigger); }
        public String describe() { return "drop trigger " + trigger.name() + " on " + trigger.table(); }
    }
}
