package dev.strata.schema.render;

import static dev.strata.schema.ChangeAssert.assertThatChange;
import static dev.strata.schema.DatabaseObjects.eventTrigger;
import static dev.strata.schema.DatabaseObjects.operator;
import static dev.strata.schema.DatabaseObjects.publication;
import static dev.strata.schema.Schemas.name;

import dev.strata.schema.model.EventTrigger;
import dev.strata.schema.model.Operator;
import dev.strata.schema.model.Publication;
import dev.strata.schema.model.PublicationTable;
import dev.strata.schema.ops.EventTriggerChange.AlterEventTrigger;
import dev.strata.schema.ops.EventTriggerChange.CreateEventTrigger;
import dev.strata.schema.ops.EventTriggerChange.DropEventTrigger;
import dev.strata.schema.ops.OperatorChange.CreateOperator;
import dev.strata.schema.ops.OperatorChange.DropOperator;
import dev.strata.schema.ops.PublicationChange.AddPublicationSchema;
import dev.strata.schema.ops.PublicationChange.AddPublicationTable;
import dev.strata.schema.ops.PublicationChange.AlterPublication;
import dev.strata.schema.ops.PublicationChange.CreatePublication;
import dev.strata.schema.ops.PublicationChange.DropPublication;
import dev.strata.schema.ops.PublicationChange.DropPublicationSchema;
import dev.strata.schema.ops.PublicationChange.DropPublicationTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event triggers, operators and publications: the objects that are not tables' children. */
class DatabaseObjectRenderingTests {

    @Test
    void createsAnEventTriggerWithItsTagsStateAndComment() {
        EventTrigger trigger = new EventTrigger("Watch", "sql_drop", List.of("DROP TABLE", "DROP VIEW"),
                name("app.on_drop"), "ENABLE ALWAYS", "it's for the cache");
        assertThatChange(new CreateEventTrigger(trigger)).rendersAs(
                "CREATE EVENT TRIGGER \"Watch\" ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP VIEW')"
                        + " EXECUTE FUNCTION app.on_drop()",
                "ALTER EVENT TRIGGER \"Watch\" ENABLE ALWAYS",
                "COMMENT ON EVENT TRIGGER \"Watch\" IS 'it''s for the cache'")
                .reversesTo(new DropEventTrigger(trigger));
        assertThatChange(new CreateEventTrigger(eventTrigger("watch", "note")))
                .rendersAs("CREATE EVENT TRIGGER watch ON ddl_command_end EXECUTE FUNCTION public.note()");
    }

    @Test
    void dropsAnEventTriggerAndSwitchesItsStateBothWays() {
        assertThatChange(new DropEventTrigger(eventTrigger("watch", "note"))).isNotDestructive()
                .rendersAs("DROP EVENT TRIGGER watch");
        assertThatChange(new AlterEventTrigger("watch", "ENABLE", "DISABLE"))
                .rendersAs("ALTER EVENT TRIGGER watch DISABLE")
                .reversesTo(new AlterEventTrigger("watch", "DISABLE", "ENABLE"));
    }

    @Test
    void createsAnOperatorWithEveryClause() {
        Operator operator = new Operator(name("app.==="), "text", "text", name("app.same_ci"), "a text, b text",
                "app.===", "app.!==", "eqsel", "eqjoinsel", true, true, false, "equal, case aside");
        assertThatChange(new CreateOperator(operator)).rendersAs(
                "CREATE OPERATOR app.=== (\n    FUNCTION = app.same_ci,\n    LEFTARG = text,\n    RIGHTARG = text,\n"
                        + "    COMMUTATOR = OPERATOR(app.===),\n    NEGATOR = OPERATOR(app.!==),\n    RESTRICT = eqsel,\n"
                        + "    JOIN = eqjoinsel,\n    HASHES,\n    MERGES\n)",
                "COMMENT ON OPERATOR app.=== (text, text) IS 'equal, case aside'")
                .reversesTo(new DropOperator(operator));
    }

    @Test
    void dropsAPrefixOperatorWithNoneOnTheLeft() {
        Operator prefix = new Operator(name("##"), null, "integer", name("half"), "i integer", null, null, null, null,
                false, false, false, null);
        assertThatChange(new CreateOperator(prefix))
                .rendersAs("CREATE OPERATOR public.## (\n    FUNCTION = public.half,\n    RIGHTARG = integer\n)");
        assertThatChange(new DropOperator(prefix)).rendersAs("DROP OPERATOR public.## (NONE, integer)");
        assertThatChange(new DropOperator(operator("~<<", "reverse_textregexeq")))
                .rendersAs("DROP OPERATOR public.~<< (text, text)");
    }

    @Test
    void createsPublicationsOfEveryKind() {
        PublicationTable orders = new PublicationTable(name("orders"), List.of("id", "Total"), "(id > 10)");
        Publication feed = new Publication("feed", false, List.of(orders, new PublicationTable(name("refunds"),
                List.of(), null)), List.of("sales"), "insert, update", true, "the warehouse's");
        assertThatChange(new CreatePublication(feed)).rendersAs(
                "CREATE PUBLICATION feed FOR TABLE public.orders (id, \"Total\") WHERE ((id > 10)),"
                        + " TABLE public.refunds, TABLES IN SCHEMA sales"
                        + " WITH (publish = 'insert, update', publish_via_partition_root = true)",
                "COMMENT ON PUBLICATION feed IS 'the warehouse''s'")
                .reversesTo(new DropPublication(feed));
        Publication all = new Publication("all", true, List.of(), List.of(), Publication.PUBLISH_ALL, false, null);
        assertThatChange(new CreatePublication(all)).rendersAs("CREATE PUBLICATION \"all\" FOR ALL TABLES");
        assertThatChange(new CreatePublication(publication("empty"))).rendersAs("CREATE PUBLICATION empty");
        assertThatChange(new DropPublication(all)).rendersAs("DROP PUBLICATION \"all\"");
    }

    @Test
    void altersAPublicationInPlace() {
        Publication before = publication("feed", "orders");
        Publication after = new Publication("feed", false, List.of(), List.of(), "insert", false, null);
        assertThatChange(new AlterPublication(before, after))
                .rendersAs("ALTER PUBLICATION feed SET (publish = 'insert', publish_via_partition_root = false)")
                .reversesTo(new AlterPublication(after, before));
        PublicationTable orders = new PublicationTable(name("orders"), List.of(), "(total > 0)");
        assertThatChange(new AddPublicationTable("feed", orders))
                .rendersAs("ALTER PUBLICATION feed ADD TABLE public.orders WHERE ((total > 0))")
                .reversesTo(new DropPublicationTable("feed", orders));
        assertThatChange(new DropPublicationTable("feed", orders)).isNotDestructive()
                .rendersAs("ALTER PUBLICATION feed DROP TABLE public.orders");
        assertThatChange(new AddPublicationSchema("feed", "sales"))
                .rendersAs("ALTER PUBLICATION feed ADD TABLES IN SCHEMA sales")
                .reversesTo(new DropPublicationSchema("feed", "sales"));
        assertThatChange(new DropPublicationSchema("feed", "sales"))
                .rendersAs("ALTER PUBLICATION feed DROP TABLES IN SCHEMA sales");
    }
}
