package dev.strata.schema.ops;

import static dev.strata.schema.ChangeAssert.assertThatChange;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.name;

import dev.strata.schema.model.Column.Identity;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.IdentityOptions;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnDefault;
import dev.strata.schema.ops.ColumnChange.AlterColumnIdentity;
import dev.strata.schema.ops.ColumnChange.AlterIdentityOptions;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange.DropColumn;
import dev.strata.schema.ops.ColumnChange.RebindColumnDefault;
import dev.strata.schema.ops.ColumnChange.RenameColumn;
import org.junit.jupiter.api.Test;

class ColumnChangeTests {

    private final QualifiedName users = name("users");
    private final Column bio = column("bio", "text").build();

    @Test
    void addingAColumnReversesToDroppingIt() {
        assertThatChange(new AddColumn(users, bio)).isNotDestructive().reversesTo(new DropColumn(users, bio))
                .isItsOwnDoubleReverse().isDescribedAs("add column public.users.bio");
    }

    @Test
    void droppingAColumnIsDestructive() {
        assertThatChange(new DropColumn(users, bio)).isDestructive().reversesTo(new AddColumn(users, bio))
                .isItsOwnDoubleReverse().isDescribedAs("drop column public.users.bio");
    }

    @Test
    void droppingAGeneratedColumnLosesNothingBecauseItIsComputedAgain() {
        assertThatChange(new DropColumn(users, column("total", "integer").generated("(a + b)").build()))
                .isNotDestructive();
    }

    @Test
    void renamingAColumnReversesToTheOppositeRename() {
        assertThatChange(new RenameColumn(users, "name", "full_name")).isNotDestructive()
                .reversesTo(new RenameColumn(users, "full_name", "name")).isItsOwnDoubleReverse()
                .isDescribedAs("rename column public.users.name to full_name");
    }

    @Test
    void wideningATypeIsSafeAndReversesToNarrowingIt() {
        Column small = column("n", "integer").build();
        Column big = column("n", "bigint").build();

        assertThatChange(new AlterColumnType(users, small, big)).isNotDestructive()
                .reversesTo(new AlterColumnType(users, big, small)).isItsOwnDoubleReverse()
                .isDescribedAs("alter column public.users.n type integer -> bigint");
        assertThatChange(new AlterColumnType(users, big, small)).isDestructive();
    }

    @Test
    void changingOnlyTheCollationIsNotDestructive() {
        assertThatChange(new AlterColumnType(users, column("s", "text").build(), column("s", "text").collate("C").build()))
                .isNotDestructive();
    }

    @Test
    void settingNotNullReversesToDroppingIt() {
        assertThatChange(new AlterColumnNullability(users, "email", true)).isNotDestructive()
                .reversesTo(new AlterColumnNullability(users, "email", false)).isItsOwnDoubleReverse()
                .isDescribedAs("set not null on public.users.email");
        assertThatChange(new AlterColumnNullability(users, "email", false))
                .isDescribedAs("drop not null on public.users.email");
    }

    @Test
    void changingADefaultReversesToTheOldDefault() {
        assertThatChange(new AlterColumnDefault(users, "n", "0", "1")).isNotDestructive()
                .reversesTo(new AlterColumnDefault(users, "n", "1", "0")).isItsOwnDoubleReverse()
                .isDescribedAs("set default of public.users.n");
        assertThatChange(new AlterColumnDefault(users, "n", null, "now()"))
                .reversesTo(new AlterColumnDefault(users, "n", "now()", null));
        assertThatChange(new AlterColumnDefault(users, "n", "now()", null)).isDescribedAs("drop default of public.users.n");
    }

    @Test
    void releasingADefaultReversesToSettingItAgain() {
        assertThatChange(new RebindColumnDefault(users, "code", "public.next_code()", null)).isNotDestructive()
                .reversesTo(new RebindColumnDefault(users, "code", null, "public.next_code()"))
                .isItsOwnDoubleReverse().isDescribedAs("release default of public.users.code");
        assertThatChange(new RebindColumnDefault(users, "code", null, "public.next_code()"))
                .isDescribedAs("set default again of public.users.code");
    }

    @Test
    void changingAnIdentityReversesToTheOldIdentity() {
        assertThatChange(new AlterColumnIdentity(users, "id", Identity.NONE, Identity.ALWAYS)).isNotDestructive()
                .reversesTo(new AlterColumnIdentity(users, "id", Identity.ALWAYS, Identity.NONE)).isItsOwnDoubleReverse()
                .isDescribedAs("identity of public.users.id NONE -> ALWAYS");
        assertThatChange(new AlterColumnIdentity(users, "id", Identity.ALWAYS, Identity.BY_DEFAULT))
                .reversesTo(new AlterColumnIdentity(users, "id", Identity.BY_DEFAULT, Identity.ALWAYS));
        IdentityOptions stepped = new IdentityOptions(100, 10, 1, Long.MAX_VALUE, 1, false);
        assertThatChange(new AlterColumnIdentity(users, "id", Identity.ALWAYS, Identity.NONE, stepped, "bigint"))
                .as("the identity a reverse adds back has the options")
                .reversesTo(new AlterColumnIdentity(users, "id", Identity.NONE, Identity.ALWAYS, stepped, "bigint"));
    }

    @Test
    void changingIdentityOptionsReversesToTheOldOptions() {
        IdentityOptions plain = IdentityOptions.defaults("bigint");
        IdentityOptions stepped = new IdentityOptions(100, 10, 1, Long.MAX_VALUE, 1, false);
        assertThatChange(new AlterIdentityOptions(users, "id", plain, stepped)).isNotDestructive()
                .reversesTo(new AlterIdentityOptions(users, "id", stepped, plain)).isItsOwnDoubleReverse()
                .isDescribedAs("identity options of public.users.id");
    }
}
