package dev.strata.schema.diff;

import static dev.strata.schema.DatabaseObjects.model;
import static dev.strata.schema.DatabaseObjects.publication;
import static dev.strata.schema.DatabaseObjects.published;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Publication;
import dev.strata.schema.model.PublicationTable;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.PublicationChange.AddPublicationSchema;
import dev.strata.schema.ops.PublicationChange.AddPublicationTable;
import dev.strata.schema.ops.PublicationChange.AlterPublication;
import dev.strata.schema.ops.PublicationChange.CreatePublication;
import dev.strata.schema.ops.PublicationChange.DropPublication;
import dev.strata.schema.ops.PublicationChange.DropPublicationSchema;
import dev.strata.schema.ops.PublicationChange.DropPublicationTable;
import dev.strata.schema.ops.SetComment;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DropTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicationDifferTests {

    @Test
    void createsAndDropsByName() {
        Publication feed = publication("feed", "orders");
        Publication other = publication("other");

        assertThat(diff(feed, other, Map.of(), List.of()))
                .containsExactly(new DropPublication(feed), new CreatePublication(other));
        assertThat(diff(feed, feed, Map.of(), List.of())).isEmpty();
    }

    @Test
    void addsAndDropsTablesAndSchemasAndSetsOptionsInPlace() {
        Publication before = new Publication("feed", false, List.of(published("orders"), published("customers")),
                List.of("sales"), Publication.PUBLISH_ALL, false, null);
        PublicationTable filtered = new PublicationTable(name("orders"), List.of("id"), "(id > 1)");
        Publication after = new Publication("feed", false, List.of(filtered, published("refunds")), List.of("archive"),
                "insert", true, "feed");

        assertThat(diff(before, after, Map.of(), List.of())).containsExactly(
                new AlterPublication(before, after),
                new DropPublicationTable("feed", published("customers")),
                new DropPublicationTable("feed", published("orders")),
                new AddPublicationTable("feed", filtered),
                new AddPublicationTable("feed", published("refunds")),
                new DropPublicationSchema("feed", "sales"),
                new AddPublicationSchema("feed", "archive"),
                new SetComment("PUBLICATION", "feed", null, "feed"));
    }

    @Test
    void recreatesAPublicationThatStartsPublishingAllTables() {
        Publication list = publication("feed", "orders");
        Publication all = new Publication("feed", true, List.of(), List.of(), Publication.PUBLISH_ALL, false, null);

        assertThat(diff(list, all, Map.of(), List.of()))
                .containsExactly(new DropPublication(list), new CreatePublication(all));
    }

    @Test
    void keepsARenamedTableAndAddsAgainOneDroppedAndCreated() {
        Table orders = table("orders").build();
        Map<QualifiedName, Table> renamed = Map.of(name("purchases"), orders);
        List<Change> recreated = List.of(new DropTable(table("refunds").build()),
                new CreateTable(table("refunds").build()));

        assertThat(diff(publication("feed", "orders", "refunds"), publication("feed", "purchases", "refunds"), renamed,
                recreated)).containsExactly(new DropPublicationTable("feed", published("refunds")),
                        new AddPublicationTable("feed", published("refunds")));
    }

    private static List<Change> diff(Publication from, Publication to, Map<QualifiedName, Table> renamed,
            List<Change> changes) {
        return PublicationDiffer.diff(of(from), of(to), renamed, changes);
    }

    private static SchemaModel of(Publication publication) {
        return model(List.of(), List.of(), List.of(), List.of(), List.of(publication));
    }
}
