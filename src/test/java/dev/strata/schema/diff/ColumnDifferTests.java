package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.Schemas.ColumnBuilder;
import dev.strata.schema.model.Column.Identity;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.IdentityOptions;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnExpression;
import dev.strata.schema.ops.ColumnChange.AlterColumnDefault;
import dev.strata.schema.ops.ColumnChange.AlterColumnIdentity;
import dev.strata.schema.ops.ColumnChange.AlterIdentityOptions;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange.DropColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnDifferTests {

    private final QualifiedName users = name("users");

    @Test
    void addsAColumnOnlyTheTargetHas() {
        ColumnBuilder bio = column("bio", "text").comment("about");

        assertThat(diff(List.of(column("id", "integer")), List.of(column("id", "integer"), bio)))
                .containsExactly(new AddColumn(users, bio.build()));
    }

    @Test
    void dropsAColumnOnlyTheSourceHas() {
        ColumnBuilder bio = column("bio", "text");

        assertThat(diff(List.of(column("id", "integer"), bio), List.of(column("id", "integer"))))
                .containsExactly(new DropColumn(users, bio.build()));
    }

    @Test
    void ignoresColumnOrder() {
        assertThat(diff(List.of(column("a", "integer"), column("b", "text")),
                List.of(column("b", "text"), column("a", "integer")))).isEmpty();
    }

    @Test
    void retypesWithTheWholeColumnOnEachSide() {
        Column from = column("n", "integer").notNull().build();
        Column to = column("n", "bigint").notNull().build();

        assertThat(diff(from, to)).containsExactly(new AlterColumnType(users, from, to));
    }

    @Test
    void retypesWhenOnlyTheCollationChanges() {
        Column from = column("s", "text").build();
        Column to = column("s", "text").collate("C").build();

        assertThat(diff(from, to)).containsExactly(new AlterColumnType(users, from, to));
        assertThat(diff(to, from)).containsExactly(new AlterColumnType(users, to, from));
    }

    @Test
    void leavesTheDefaultToTheTypeChangeWhenBothChange() {
        Column from = column("n", "text").defaultsTo("'1'::text").build();
        Column to = column("n", "integer").defaultsTo("1").build();

        assertThat(diff(from, to)).containsExactly(new AlterColumnType(users, from, to));
    }

    @Test
    void addsChangesAndDropsADefault() {
        assertThat(diff(column("n", "integer"), column("n", "integer").defaultsTo("0")))
                .containsExactly(new AlterColumnDefault(users, "n", null, "0"));
        assertThat(diff(column("n", "integer").defaultsTo("0"), column("n", "integer").defaultsTo("1")))
                .containsExactly(new AlterColumnDefault(users, "n", "0", "1"));
        assertThat(diff(column("n", "integer").defaultsTo("1"), column("n", "integer")))
                .containsExactly(new AlterColumnDefault(users, "n", "1", null));
    }

    @Test
    void setsAndDropsNotNull() {
        assertThat(diff(column("e", "text"), column("e", "text").notNull()))
                .containsExactly(new AlterColumnNullability(users, "e", true));
        assertThat(diff(column("e", "text").notNull(), column("e", "text")))
                .containsExactly(new AlterColumnNullability(users, "e", false));
    }

    @Test
    void addsChangesAndDropsAnIdentity() {
        ColumnBuilder plain = column("id", "bigint").notNull();

        assertThat(diff(plain, column("id", "bigint").notNull().identity(Identity.ALWAYS)))
                .containsExactly(new AlterColumnIdentity(users, "id", Identity.NONE, Identity.ALWAYS));
        assertThat(diff(column("id", "bigint").notNull().identity(Identity.ALWAYS),
                column("id", "bigint").notNull().identity(Identity.BY_DEFAULT)))
                .containsExactly(new AlterColumnIdentity(users, "id", Identity.ALWAYS, Identity.BY_DEFAULT));
        assertThat(diff(column("id", "bigint").notNull().identity(Identity.BY_DEFAULT), plain))
                .containsExactly(new AlterColumnIdentity(users, "id", Identity.BY_DEFAULT, Identity.NONE));
    }

    @Test
    void altersTheOptionsOfAnIdentityThatStaysOne() {
        IdentityOptions plain = IdentityOptions.defaults("integer");
        IdentityOptions stepped = new IdentityOptions(1000, 10, 1, Integer.MAX_VALUE, 20, false);

        assertThat(diff(column("id", "integer").notNull().identity(Identity.ALWAYS, plain),
                column("id", "integer").notNull().identity(Identity.ALWAYS, stepped)))
                .containsExactly(new AlterIdentityOptions(users, "id", plain, stepped));
        assertThat(diff(column("id", "integer").notNull().identity(Identity.ALWAYS),
                column("id", "integer").notNull().identity(Identity.ALWAYS, plain)))
                .as("options not read are the defaults").isEmpty();
        assertThat(diff(column("id", "integer").notNull().identity(Identity.ALWAYS, plain),
                column("id", "bigint").notNull().identity(Identity.ALWAYS, IdentityOptions.defaults("bigint"))))
                .as("the type change moves the default largest value itself").hasSize(1)
                .allMatch(change -> change instanceof AlterColumnType);
        assertThat(diff(column("id", "integer").notNull(),
                column("id", "integer").notNull().identity(Identity.BY_DEFAULT, stepped)))
                .as("an added identity carries its options")
                .containsExactly(new AlterColumnIdentity(users, "id", Identity.NONE, Identity.BY_DEFAULT, stepped,
                        "integer"));
    }

    @Test
    void reportsEveryPropertyThatChangesAtOnce() {
        assertThat(diff(column("id", "integer"), column("id", "bigint").notNull().identity(Identity.ALWAYS)))
                .extracting(Change::describe).containsExactly("alter column public.users.id type integer -> bigint",
                        "set not null on public.users.id", "identity of public.users.id NONE -> ALWAYS");
    }

    @Test
    void dropsAndAddsAColumnWhoseGeneratedExpressionChanges() {
        Column from = column("total", "integer").generated("(a + b)").build();
        Column to = column("total", "integer").generated("(a * b)").build();

        assertThat(diff(from, to)).containsExactly(new DropColumn(users, from), new AddColumn(users, to));
    }

    @Test
    void dropsAndAddsAColumnThatBecomesGeneratedAndDropsTheExpressionOfOneThatStops() {
        Column plain = column("total", "integer").build();
        Column generated = column("total", "integer").generated("(a + b)").build();

        assertThat(diff(plain, generated)).containsExactly(new DropColumn(users, plain), new AddColumn(users, generated));
        assertThat(diff(generated, plain)).containsExactly(new AlterColumnExpression(users, generated, plain));
    }

    @Test
    void dropsTheExpressionBeforeAlteringWhatElseChanges() {
        Column generated = column("total", "integer").generated("(a + b)").build();
        Column plain = column("total", "bigint").defaultsTo("0").build();

        assertThat(diff(generated, plain)).containsExactly(
                new AlterColumnExpression(users, generated, column("total", "integer").build()),
                new AlterColumnType(users, column("total", "integer").build(), plain));
    }

    @Test
    void leavesCommentsToTheCommentDiffer() {
        assertThat(diff(column("a", "text").comment("x"), column("a", "text").comment("y"))).isEmpty();
    }

    private List<Change> diff(ColumnBuilder from, ColumnBuilder to) {
        return diff(List.of(from), List.of(to));
    }

    private List<Change> diff(Column from, Column to) {
        return ColumnDiffer.diff(table("users").with(from).build(), table("users").with(to).build());
    }

    private List<Change> diff(List<ColumnBuilder> from, List<ColumnBuilder> to) {
        return ColumnDiffer.diff(table("users").with(from.toArray(ColumnBuilder[]::new)).build(),
                table("users").with(to.toArray(ColumnBuilder[]::new)).build());
    }
}
