package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.check;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.primaryKey;
import static dev.strata.schema.Schemas.table;
import static dev.strata.schema.Schemas.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.ConstraintChange.RenameConstraint;
import dev.strata.schema.ops.ConstraintChange.RenameIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintDifferTests {

    private final QualifiedName posts = name("posts");
    private final Constraint pkey = primaryKey("posts_pkey", "id");
    private final Constraint author = foreignKey("posts_author_fkey", "author_id", "users", "id", "ON DELETE CASCADE");
    private final Index byAuthor = index("posts_author_idx", "posts", "author_id");

    @Test
    void findsNothingWhenDefinitionsMatchByName() {
        assertThat(diff(posts(pkey, author), posts(author, pkey))).isEmpty();
    }

    @Test
    void dropsAndAddsAConstraintWhoseDefinitionChangesUnderTheSameName() {
        Constraint restrict = foreignKey("posts_author_fkey", "author_id", "users", "id", "ON DELETE RESTRICT");

        assertThat(diff(posts(author), posts(restrict)))
                .containsExactly(new DropConstraint(posts, author), new AddConstraint(posts, restrict));
    }

    @Test
    void comparesChecksByExpression() {
        Constraint positive = check("n_check", "(n > 0)", "n");
        Constraint atLeastTen = check("n_check", "(n >= 10)", "n");

        assertThat(diff(posts(positive), posts(atLeastTen)))
                .containsExactly(new DropConstraint(posts, positive), new AddConstraint(posts, atLeastTen));
    }

    @Test
    void renamesAConstraintWhoseDefinitionStaysUnderAnotherName() {
        Constraint renamed = foreignKey("posts_written_by", "author_id", "users", "id", "ON DELETE CASCADE");

        assertThat(diff(posts(pkey, author), posts(pkey, renamed)))
                .containsExactly(new RenameConstraint(posts, "posts_author_fkey", "posts_written_by"));
    }

    @Test
    void doesNotRenameAcrossKindsWithTheSameColumns() {
        Constraint uniqueId = unique("posts_id_key", "id");

        assertThat(diff(posts(pkey), posts(uniqueId)))
                .containsExactly(new AddConstraint(posts, uniqueId), new DropConstraint(posts, pkey));
    }

    @Test
    void addsAndDropsConstraintsOnlyOneSideHas() {
        Constraint positive = check("n_check", "(n > 0)", "n");

        assertThat(diff(posts(pkey), posts(pkey, positive))).containsExactly(new AddConstraint(posts, positive));
        assertThat(diff(posts(pkey, positive), posts(pkey))).containsExactly(new DropConstraint(posts, positive));
    }

    @Test
    void renamesAnIndexWithTheSameShape() {
        Index renamed = index("posts_by_author", "posts", "author_id");

        assertThat(diff(posts(byAuthor), posts(renamed)))
                .containsExactly(new RenameIndex(posts, "posts_author_idx", "posts_by_author"));
    }

    @Test
    void dropsAndCreatesAnIndexWhoseDefinitionChanges() {
        Index descending = index("posts_author_idx", "posts", "author_id DESC");
        Index other = index("posts_other_idx", "posts", "title");

        assertThat(diff(posts(byAuthor), posts(descending)))
                .containsExactly(new DropIndex(posts, byAuthor), new CreateIndex(posts, descending));
        assertThat(diff(posts(byAuthor), posts(other)))
                .containsExactly(new CreateIndex(posts, other), new DropIndex(posts, byAuthor));
    }

    @Test
    void listsEveryConstraintAndIndexOfACreatedTable() {
        assertThat(ConstraintDiffer.diff(new TablePair(null, posts(pkey, author, byAuthor)))).containsExactly(
                new AddConstraint(posts, pkey), new AddConstraint(posts, author), new CreateIndex(posts, byAuthor));
    }

    @Test
    void listsEveryConstraintAndIndexOfADroppedTableSoItsReverseRestoresThem() {
        assertThat(ConstraintDiffer.diff(new TablePair(posts(pkey, author, byAuthor), null))).containsExactly(
                new DropConstraint(posts, pkey), new DropConstraint(posts, author), new DropIndex(posts, byAuthor));
    }

    private static List<Change> diff(Table from, Table to) {
        return ConstraintDiffer.diff(new TablePair(from, to));
    }

    private static Table posts(Object... children) {
        var table = table("posts").with(column("id", "integer").notNull(), column("author_id", "integer"));
        for (Object child : children) {
            if (child instanceof Constraint c) {
                table.with(c);
            } else {
                table.with((Index) child);
            }
        }
        return table.build();
    }
}
