package dev.strata.schema.ops;

import static dev.strata.schema.ChangeAssert.assertThatChange;

import dev.strata.schema.model.Extension;
import dev.strata.schema.ops.NamespaceChange.CreateExtension;
import dev.strata.schema.ops.NamespaceChange.CreateSchema;
import dev.strata.schema.ops.NamespaceChange.DropExtension;
import dev.strata.schema.ops.NamespaceChange.DropSchema;
import org.junit.jupiter.api.Test;

class NamespaceChangeTests {

    private final Extension citext = new Extension("citext", "public");

    @Test
    void creatingASchemaReversesToDroppingIt() {
        assertThatChange(new CreateSchema("app")).reversesTo(new DropSchema("app")).isItsOwnDoubleReverse()
                .isNotDestructive().isDescribedAs("create schema app");
        assertThatChange(new DropSchema("app")).reversesTo(new CreateSchema("app")).isItsOwnDoubleReverse();
    }

    @Test
    void droppingASchemaIsNotDestructiveBecauseItsObjectsAreDroppedByTheirOwnChanges() {
        assertThatChange(new DropSchema("app")).isNotDestructive();
    }

    @Test
    void creatingAnExtensionReversesToDroppingIt() {
        assertThatChange(new CreateExtension(citext)).reversesTo(new DropExtension(citext)).isItsOwnDoubleReverse()
                .isNotDestructive().isDescribedAs("create extension citext");
        assertThatChange(new DropExtension(citext)).reversesTo(new CreateExtension(citext)).isItsOwnDoubleReverse()
                .isNotDestructive();
    }
}
