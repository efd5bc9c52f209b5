package dev.strata.schema.order;

import static dev.strata.schema.DatabaseObjects.eventTrigger;
import static dev.strata.schema.DatabaseObjects.function;
import static dev.strata.schema.DatabaseObjects.operator;
import static dev.strata.schema.DatabaseObjects.publication;
import static dev.strata.schema.DatabaseObjects.published;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Operator;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.DropColumn;
import dev.strata.schema.ops.EventTriggerChange.AlterEventTrigger;
import dev.strata.schema.ops.EventTriggerChange.CreateEventTrigger;
import dev.strata.schema.ops.EventTriggerChange.DropEventTrigger;
import dev.strata.schema.ops.OperatorChange.CreateOperator;
import dev.strata.schema.ops.OperatorChange.DropOperator;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.PublicationChange.AddPublicationTable;
import dev.strata.schema.ops.PublicationChange.CreatePublication;
import dev.strata.schema.ops.PublicationChange.DropPublicationTable;
import dev.strata.schema.ops.SetComment;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DropTable;
import dev.strata.schema.ops.TableChange.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where event triggers, operators and publications go among the other changes. */
class DatabaseObjectOrderTests {

    @Test
    void dropsEventTriggersFirstAndCreatesThemLast() {
        Change drop = new DropEventTrigger(eventTrigger("old", "note"));
        Change dropFunction = new DropRoutine(function("note", ""));
        Change function = new CreateRoutine(function("watch", ""));
        Change create = new CreateEventTrigger(eventTrigger("watch", "watch"));
        Change disable = new AlterEventTrigger("kept", "ENABLE", "DISABLE");
        Change comment = new SetComment("TABLE", "public.t", null, "x");
        Change table = new CreateTable(table("t").build());

        assertThat(StatementOrder.order(List.of(disable, create, comment, table, function, dropFunction, drop)))
                .containsExactly(drop, function, table, dropFunction, comment, disable, create);
    }

    @Test
    void createsAnOperatorAfterItsFunctionAndBeforeTheColumnsThatUseIt() {
        Change column = new AddColumn(name("t"), column("same", "boolean").build());
        Change operator = new CreateOperator(operator("===", "same_ci"));
        Change function = new CreateRoutine(function("same_ci", "text, text"));

        assertThat(StatementOrder.order(List.of(column, operator, function))).containsExactly(function, operator, column);
    }

    @Test
    void dropsAnOperatorForGoodAfterTheColumnsThatUseItAndBeforeItsFunction() {
        Change function = new DropRoutine(function("same_ci", "text, text"));
        Change operator = new DropOperator(operator("===", "same_ci"));
        Change column = new DropColumn(name("t"), column("same", "boolean").build());

        assertThat(StatementOrder.order(List.of(function, operator, column))).containsExactly(column, operator, function);
    }

    @Test
    void dropsAnOperatorThatIsCreatedAgainEarlyAndOneOverTablesBeforeThem() {
        Operator overTables = new Operator(name("@@"), "public.t", "public.t", name("same_row"), "public.t, public.t",
                null, null, null, null, false, false, true, null);
        Change recreated = new DropOperator(operator("===", "same_ci"));
        Change again = new CreateOperator(operator("===", "same_ci"));
        Change dropOverTables = new DropOperator(overTables);
        Change createOverTables = new CreateOperator(overTables);
        Change table = new DropTable(table("old").build());
        Change created = new CreateTable(table("t").build());

        assertThat(StatementOrder.order(List.of(table, created, createOverTables, again, dropOverTables, recreated)))
                .containsExactly(dropOverTables, recreated, again, table, created, createOverTables);
    }

    @Test
    void dropsPublicationsTablesUnderTheOldNamesAndAddsThemOnceTheTablesExist() {
        Change rename = new RenameTable(name("orders"), name("purchases"));
        Change leaves = new DropPublicationTable("feed", published("orders"));
        Change joins = new AddPublicationTable("feed", published("refunds"));
        Change refunds = new CreateTable(table("refunds").build());
        Change created = new CreatePublication(publication("all_orders", "purchases"));

        assertThat(StatementOrder.order(List.of(created, joins, refunds, rename, leaves)))
                .containsExactly(leaves, rename, refunds, created, joins);
    }
}
