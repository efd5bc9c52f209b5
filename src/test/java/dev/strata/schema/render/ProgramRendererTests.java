package dev.strata.schema.render;

import static dev.strata.schema.ProgramFixtures.function;
import static dev.strata.schema.ProgramFixtures.name;
import static dev.strata.schema.ProgramFixtures.procedure;
import static dev.strata.schema.ProgramFixtures.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.ops.ProgramChange.ReplaceRoutine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramRendererTests {

    private static final String QUERY = "SELECT users.id\n   FROM public.users";

    @Test
    void createsAViewWithItsOptions() {
        View view = new View(name("active"), false, QUERY, List.of("check_option=local", "security_invoker=true"),
                List.of(name("users")), null);
        assertThat(ProgramRenderer.render(new CreateView(view))).containsExactly(
                "CREATE VIEW public.active WITH (check_option=local, security_invoker=true) AS\n" + QUERY);
    }

    @Test
    void createsAMaterializedViewWithItsDataAndComment() {
        View view = new View(name("totals"), true, QUERY, List.of(), List.of(), "it's counted nightly");
        assertThat(ProgramRenderer.render(new CreateView(view))).containsExactly(
                "CREATE MATERIALIZED VIEW public.totals AS\n" + QUERY + "\nWITH DATA",
                "COMMENT ON MATERIALIZED VIEW public.totals IS 'it''s counted nightly'");
    }

    @Test
    void createsAMaterializedViewThenItsCommentThenItsIndexes() {
        Index byId = new Index("totals_id", "CREATE UNIQUE INDEX totals_id ON public.totals USING btree (id)", true);
        View view = new View(name("totals"), true, QUERY, List.of(), List.of(), "nightly", List.of(byId), List.of());
        assertThat(ProgramRenderer.render(new CreateView(view))).containsExactly(
                "CREATE MATERIALIZED VIEW public.totals AS\n" + QUERY + "\nWITH DATA",
                "COMMENT ON MATERIALIZED VIEW public.totals IS 'nightly'", byId.definition());
        assertThat(ProgramRenderer.render(new DropView(view))).as("DROP MATERIALIZED VIEW takes its indexes along")
                .containsExactly("DROP MATERIALIZED VIEW public.totals");
    }

    @Test
    void dropsViewsWithoutCascadeQuotingNamesThatNeedIt() {
        View view = new View(new QualifiedName("Reports", "user"), false, QUERY, List.of(), List.of(), null);
        View stored = new View(name("totals"), true, QUERY, List.of(), List.of(), null);
        assertThat(ProgramRenderer.render(new DropView(view))).containsExactly("DROP VIEW \"Reports\".\"user\"");
        assertThat(ProgramRenderer.render(new DropView(stored))).containsExactly("DROP MATERIALIZED VIEW public.totals");
    }

    @Test
    void createsAndReplacesRoutinesFromTheirOwnDefinition() {
        Routine add = function("add", "a integer, b integer", "integer", "SELECT a + b");
        Routine changed = function("add", "a integer, b integer", "integer", "SELECT b + a");
        assertThat(ProgramRenderer.render(new CreateRoutine(add))).containsExactly(add.definition());
        assertThat(ProgramRenderer.render(new ReplaceRoutine(add, changed))).containsExactly(changed.definition());
    }

    @Test
    void dropsAFunctionOrAProcedureByItsSignature() {
        assertThat(ProgramRenderer.render(new DropRoutine(function("add", "a integer, b integer", "integer", "x"))))
                .containsExactly("DROP FUNCTION public.add(a integer, b integer)");
        assertThat(ProgramRenderer.render(new DropRoutine(procedure("purge", "IN days integer", "BEGIN END"))))
                .containsExactly("DROP PROCEDURE public.purge(IN days integer)");
    }

    @Test
    void createsATriggerFromItsDefinitionAndDropsItOnItsTable() {
        Trigger trigger = trigger("users", "touch", "BEFORE UPDATE");
        Trigger quoted = new Trigger(new QualifiedName("public", "Users"), "Touch", "CREATE TRIGGER ...");
        assertThat(ProgramRenderer.render(new CreateTrigger(trigger))).containsExactly(
                "CREATE TRIGGER touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.touch()");
        assertThat(ProgramRenderer.render(new DropTrigger(trigger))).containsExactly("DROP TRIGGER touch ON public.users");
        assertThat(ProgramRenderer.render(new DropTrigger(quoted))).containsExactly("DROP TRIGGER \"Touch\" ON public.\"Users\"");
    }
}
