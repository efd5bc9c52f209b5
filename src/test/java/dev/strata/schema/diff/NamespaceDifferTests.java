package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Extension;
import dev.strata.schema.ops.NamespaceChange.AlterExtension;
import dev.strata.schema.ops.NamespaceChange.CreateExtension;
import dev.strata.schema.ops.NamespaceChange.CreateSchema;
import dev.strata.schema.ops.NamespaceChange.DropExtension;
import dev.strata.schema.ops.NamespaceChange.DropSchema;
import org.junit.jupiter.api.Test;

class NamespaceDifferTests {

    @Test
    void createsAndDropsSchemasOnlyOneSideHas() {
        assertThat(NamespaceDiffer.diff(model().schemas("app", "old").build(), model().schemas("app", "billing").build()))
                .containsExactly(new CreateSchema("billing"), new DropSchema("old"));
    }

    @Test
    void createsAndDropsExtensions() {
        Extension citext = new Extension("citext", "public");

        assertThat(NamespaceDiffer.diff(model().build(), model().with(citext).build()))
                .containsExactly(new CreateExtension(citext));
        assertThat(NamespaceDiffer.diff(model().with(citext).build(), model().build()))
                .containsExactly(new DropExtension(citext));
        assertThat(NamespaceDiffer.diff(model().with(citext).build(), model().with(citext).build())).isEmpty();
    }

    @Test
    void movesAnExtensionToAnotherSchemaInPlace() {
        Extension inPublic = new Extension("citext", "public");
        Extension inApp = new Extension("citext", "app");

        assertThat(NamespaceDiffer.diff(model().with(inPublic).build(), model().schemas("app").with(inApp).build()))
                .containsExactly(new CreateSchema("app"), new AlterExtension(inPublic, inApp));
    }
}
