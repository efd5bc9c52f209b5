package dev.strata.schema.render;

import static dev.strata.schema.ChangeAssert.assertThatChange;

import dev.strata.schema.model.Extension;
import dev.strata.schema.ops.NamespaceChange.CreateExtension;
import dev.strata.schema.ops.NamespaceChange.CreateSchema;
import dev.strata.schema.ops.NamespaceChange.DropExtension;
import dev.strata.schema.ops.NamespaceChange.DropSchema;
import org.junit.jupiter.api.Test;

class NamespaceRendererTests {

    @Test
    void createsAndDropsSchemasQuotedAsNeeded() {
        assertThatChange(new CreateSchema("app")).rendersAs("CREATE SCHEMA app");
        assertThatChange(new CreateSchema("Billing")).rendersAs("CREATE SCHEMA \"Billing\"");
        assertThatChange(new DropSchema("app")).rendersAs("DROP SCHEMA app");
    }

    @Test
    void createsAnExtensionInItsSchemaUnlessItIsThere() {
        assertThatChange(new CreateExtension(new Extension("uuid-ossp", "public")))
                .rendersAs("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public");
        assertThatChange(new CreateExtension(new Extension("citext", "app")))
                .rendersAs("CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA app");
        assertThatChange(new DropExtension(new Extension("citext", "app"))).rendersAs("DROP EXTENSION citext");
    }
}
