package dev.strata.schema.diff;

import static dev.strata.schema.ProgramFixtures.materialized;
import static dev.strata.schema.ProgramFixtures.model;
import static dev.strata.schema.ProgramFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.ProgramFixtures;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.order.StatementOrder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ViewDifferTests {

    private final View active = view("active", "SELECT users.id FROM public.users", "users");
    private final View recent = view("recent", "SELECT active.id FROM public.active", "active");
    private final View top = view("top", "SELECT recent.id FROM public.recent", "recent");
    private final View orders = view("order_ids", "SELECT orders.id FROM public.orders", "orders");

    /** The differ's changes in the order they run: the orderer sorts views by what they read. */
    private static List<Change> diff(List<View> from, List<View> to, Set<String> rebuiltTables) {
        Set<QualifiedName> tables = rebuiltTables.stream().map(ProgramFixtures::name).collect(Collectors.toSet());
        return StatementOrder.order(ViewDiffer.diff(model(from, List.of()), model(to, List.of()), tables));
    }

    @Test
    void unchangedViewsGiveNoChanges() {
        assertThat(diff(List.of(active, recent, orders), List.of(orders, recent, active), Set.of())).isEmpty();
    }

    @Test
    void createsAddedViewsInDependencyOrderAndDropsRemovedOnesDependentsFirst() {
        assertThat(diff(List.of(), List.of(top, recent, active), Set.of()))
                .containsExactly(new CreateView(active), new CreateView(recent), new CreateView(top));
        assertThat(diff(List.of(top, recent, active), List.of(), Set.of()))
                .containsExactly(new DropView(top), new DropView(recent), new DropView(active));
    }

    @Test
    void recreatesAViewWhoseSecurityInvokerOptionChanges() {
        View invoker = new View(active.name(), false, active.definition(), List.of("security_invoker=true"),
                active.dependsOn(), null);
        assertThat(diff(List.of(active), List.of(invoker), Set.of()))
                .containsExactly(new DropView(active), new CreateView(invoker));
    }

    @Test
    void recreatesAViewThatBecomesMaterialized() {
        View stored = materialized("active", active.definition(), "users");
        assertThat(diff(List.of(active), List.of(stored), Set.of()))
                .containsExactly(new DropView(active), new CreateView(stored));
    }

    @Test
    void recreatesEveryViewThatReadsAChangedViewEvenWhenItsOwnDefinitionStays() {
        View changed = view("active", "SELECT users.id FROM public.users WHERE users.active", "users");
        assertThat(diff(List.of(active, recent, top, orders), List.of(changed, recent, top, orders), Set.of()))
                .containsExactly(new DropView(top), new DropView(recent), new DropView(active),
                        new CreateView(changed), new CreateView(recent), new CreateView(top));
    }

    @Test
    void recreatesTheViewsThatReadATableWhoseColumnTypesChange() {
        assertThat(diff(List.of(active, recent, orders), List.of(active, recent, orders), Set.of("users")))
                .containsExactly(new DropView(recent), new DropView(active), new CreateView(active),
                        new CreateView(recent));
    }

    @Test
    void dropsWithoutRecreatingADependentViewTheTargetNoLongerHas() {
        View changed = view("active", "SELECT users.id, users.name FROM public.users", "users");
        assertThat(diff(List.of(active, recent), List.of(changed), Set.of()))
                .containsExactly(new DropView(recent), new DropView(active), new CreateView(changed));
    }

    @Test
    void ignoresACommentChangeWhichIsACommentsBusiness() {
        View commented = new View(active.name(), false, active.definition(), List.of(), active.dependsOn(), "who is in");
        assertThat(diff(List.of(active), List.of(commented), Set.of())).isEmpty();
    }

    @Test
    void dropsAViewsTriggersBeforeItAndCreatesThemAfterItWhenItIsRebuilt() {
        Trigger insert = ProgramFixtures.trigger("active", "active_insert", "INSTEAD OF INSERT");
        View withTrigger = active.with(List.of(), List.of(insert));
        View changed = view("active", "SELECT users.id FROM public.users WHERE users.active", "users")
                .with(List.of(), List.of(insert));
        assertThat(diff(List.of(withTrigger), List.of(changed), Set.of())).containsExactly(new DropTrigger(insert),
                new DropView(withTrigger), new CreateView(changed), new CreateTrigger(insert));
        assertThat(diff(List.of(), List.of(changed), Set.of())).containsExactly(new CreateView(changed),
                new CreateTrigger(insert));
    }

    @Test
    void comparesTheTriggersAndIndexesOfAKeptViewByName() {
        Trigger insert = ProgramFixtures.trigger("active", "active_write", "INSTEAD OF INSERT");
        Trigger upsert = ProgramFixtures.trigger("active", "active_write", "INSTEAD OF INSERT OR UPDATE");
        Index byId = new Index("totals_id", "CREATE UNIQUE INDEX totals_id ON public.totals USING btree (id)", true);
        Index byTotal = new Index("totals_total", "CREATE INDEX totals_total ON public.totals USING btree (total)", false);
        View totals = materialized("totals", "SELECT users.id, 1 AS total FROM public.users", "users");
        assertThat(diff(List.of(active.with(List.of(), List.of(insert)), totals.with(List.of(byTotal), List.of())),
                List.of(active.with(List.of(), List.of(upsert)), totals.with(List.of(byId), List.of())), Set.of()))
                .containsExactly(new DropTrigger(insert), new DropIndex(totals.name(), byTotal),
                        new CreateIndex(totals.name(), byId), new CreateTrigger(upsert));
    }

    @Test
    void createsAMaterializedViewWithItsIndexesAndDropsItWithThem() {
        Index byId = new Index("totals_id", "CREATE UNIQUE INDEX totals_id ON public.totals USING btree (id)", true);
        View totals = materialized("totals", "SELECT users.id FROM public.users", "users").with(List.of(byId), List.of());
        assertThat(diff(List.of(), List.of(totals), Set.of())).containsExactly(new CreateView(totals));
        assertThat(diff(List.of(totals), List.of(totals), Set.of("users")))
                .as("rebuilt around a retyped column").containsExactly(new DropView(totals), new CreateView(totals));
    }

    @Test
    void readsDependenciesFromTheSourceWhenDeciding() {
        // in the target, recent no longer reads active: it is recreated for its own change only
        View standalone = view("recent", "SELECT users.id FROM public.users", "users");
        assertThat(diff(List.of(active, recent), List.of(active, standalone), Set.of()))
                .containsExactly(new DropView(recent), new CreateView(standalone));
    }
}
