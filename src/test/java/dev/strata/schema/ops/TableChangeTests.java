package dev.strata.schema.ops;

import static dev.strata.schema.ChangeAssert.assertThatChange;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;

import dev.strata.schema.model.Table;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DropTable;
import dev.strata.schema.ops.TableChange.RenameTable;
import org.junit.jupiter.api.Test;

class TableChangeTests {

    private final Table users = table("public.users").with(column("id", "integer").notNull()).build();

    @Test
    void creatingATableReversesToDroppingTheSameTable() {
        assertThatChange(new CreateTable(users)).reversesTo(new DropTable(users)).isItsOwnDoubleReverse()
                .isNotDestructive().isDescribedAs("create table public.users");
    }

    @Test
    void droppingATableIsDestructiveAndReversesToCreatingIt() {
        assertThatChange(new DropTable(users)).isDestructive().reversesTo(new CreateTable(users))
                .isItsOwnDoubleReverse().isDescribedAs("drop table public.users");
    }

    @Test
    void renamingATableKeepsItsRowsAndReversesToTheOppositeRename() {
        assertThatChange(new RenameTable(name("users"), name("people"))).isNotDestructive()
                .reversesTo(new RenameTable(name("people"), name("users"))).isItsOwnDoubleReverse()
                .isDescribedAs("rename table public.users to people");
    }
}
