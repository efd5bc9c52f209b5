package dev.strata.schema.render;

import static dev.strata.schema.ChangeAssert.assertThatChange;
import static dev.strata.schema.Schemas.check;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.primaryKey;

import dev.strata.schema.model.Index;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.ConstraintChange.RenameConstraint;
import dev.strata.schema.ops.ConstraintChange.RenameIndex;
import org.junit.jupiter.api.Test;

class ConstraintRendererTests {

    @Test
    void addsAConstraintWithItsDefinitionAsPostgresPrintsIt() {
        assertThatChange(new AddConstraint(name("posts"), foreignKey("posts_author_fkey", "author_id", "users", "id",
                "ON UPDATE CASCADE ON DELETE SET NULL"))).rendersAs("ALTER TABLE public.posts ADD CONSTRAINT "
                        + "posts_author_fkey FOREIGN KEY (author_id) REFERENCES public.users(id) ON UPDATE CASCADE ON DELETE SET NULL");
        assertThatChange(new AddConstraint(name("Shop.Order"), primaryKey("Order_pkey", "id")))
                .rendersAs("ALTER TABLE \"Shop\".\"Order\" ADD CONSTRAINT \"Order_pkey\" PRIMARY KEY (id)");
    }

    @Test
    void dropsAndRenamesAConstraintByName() {
        assertThatChange(new DropConstraint(name("posts"), check("positive", "(n > 0)", "n")))
                .rendersAs("ALTER TABLE public.posts DROP CONSTRAINT positive");
        assertThatChange(new RenameConstraint(name("posts"), "old check", "check"))
                .rendersAs("ALTER TABLE public.posts RENAME CONSTRAINT \"old check\" TO \"check\"");
    }

    @Test
    void createsAnIndexFromItsDefinitionAndDropsItInItsTablesSchema() {
        Index index = index("posts_author_idx", "app.posts", "author_id");

        assertThatChange(new CreateIndex(name("app.posts"), index))
                .rendersAs("CREATE INDEX posts_author_idx ON app.posts USING btree (author_id)");
        assertThatChange(new DropIndex(name("app.posts"), index)).rendersAs("DROP INDEX app.posts_author_idx");
        assertThatChange(new RenameIndex(name("Shop.posts"), "ByAuthor", "by_author"))
                .rendersAs("ALTER INDEX \"Shop\".\"ByAuthor\" RENAME TO by_author");
    }
}
