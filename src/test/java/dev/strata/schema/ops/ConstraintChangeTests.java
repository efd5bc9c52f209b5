package dev.strata.schema.ops;

import static dev.strata.schema.ChangeAssert.assertThatChange;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.name;

import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.ConstraintChange.RenameConstraint;
import dev.strata.schema.ops.ConstraintChange.RenameIndex;
import org.junit.jupiter.api.Test;

class ConstraintChangeTests {

    private final QualifiedName posts = name("posts");
    private final Constraint author = foreignKey("posts_author_fkey", "author_id", "users", "id", "ON DELETE CASCADE");
    private final Index byAuthor = index("posts_author_idx", "posts", "author_id");

    @Test
    void addingAConstraintReversesToDroppingIt() {
        assertThatChange(new AddConstraint(posts, author)).reversesTo(new DropConstraint(posts, author))
                .isItsOwnDoubleReverse().isNotDestructive().isDescribedAs("add constraint posts_author_fkey on public.posts");
        assertThatChange(new DropConstraint(posts, author)).reversesTo(new AddConstraint(posts, author))
                .isItsOwnDoubleReverse().isNotDestructive();
    }

    @Test
    void renamingAConstraintReversesToTheOppositeRename() {
        assertThatChange(new RenameConstraint(posts, "a", "b")).reversesTo(new RenameConstraint(posts, "b", "a"))
                .isItsOwnDoubleReverse().isNotDestructive().isDescribedAs("rename constraint a on public.posts to b");
    }

    @Test
    void creatingAnIndexReversesToDroppingIt() {
        assertThatChange(new CreateIndex(posts, byAuthor)).reversesTo(new DropIndex(posts, byAuthor))
                .isItsOwnDoubleReverse().isNotDestructive().isDescribedAs("create index posts_author_idx on public.posts");
        assertThatChange(new DropIndex(posts, byAuthor)).reversesTo(new CreateIndex(posts, byAuthor))
                .isItsOwnDoubleReverse().isNotDestructive();
    }

    @Test
    void renamingAnIndexReversesToTheOppositeRename() {
        assertThatChange(new RenameIndex(posts, "a_idx", "b_idx")).reversesTo(new RenameIndex(posts, "b_idx", "a_idx"))
                .isItsOwnDoubleReverse().isNotDestructive();
    }
}
