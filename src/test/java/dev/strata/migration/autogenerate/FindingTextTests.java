package dev.strata.migration.autogenerate;

import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.model;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.DiffOptions;
import dev.strata.schema.Rename;
import dev.strata.schema.RenameHint;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.TableChange.DropTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of the engine's findings, as {@code db diff} and a generated migration's header print them. */
class FindingTextTests {

    private final QualifiedName users = name("users");
    private final SchemaModel from = model().with(table("users").with(column("id", "integer"))).build();

    @Test
    void wordsEachHazardAsItsKindTheChangeWhyAndWhatToDo() {
        assertThat(lines(new DropTable(table("users").build()))).containsExactly(
                "DELETES_DATA: drop table public.users can lose data; if that is intended pass --unsafe; if it is a "
                        + "rename pass --rename OLD=NEW");
        assertThat(lines(new AddColumn(users, column("email", "text").notNull().build()))).containsExactly(
                "FAILS_ON_EXISTING_ROWS: add column public.users.email is NOT NULL without a default: it fails if the "
                        + "table has rows; add a default, or add it nullable, backfill, then set NOT NULL");
        assertThat(lines(new AddConstraint(users, foreignKey("users_org_fkey", "org_id", "orgs", "id", ""))))
                .containsExactly("FAILS_ON_EXISTING_ROWS: add constraint users_org_fkey on public.users fails if "
                                + "existing rows violate it; check the rows first",
                        "ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK: add constraint users_org_fkey on public.users blocks writes to "
                                + "both tables (SHARE ROW EXCLUSIVE lock) while it checks every row; on a large table add "
                                + "it NOT VALID and VALIDATE CONSTRAINT in a later migration");
    }

    @Test
    void wordsIndexBuildsAndRewritesAsLocking() {
        assertThat(lines(new CreateIndex(users, index("users_id_idx", "users", "id")),
                new AlterColumnType(users, column("n", "integer").build(), column("n", "bigint").build())))
                .containsExactly("ACQUIRES_SHARE_LOCK: create index users_id_idx on public.users blocks writes (SHARE "
                                + "lock) while it builds; on a large table build it with CREATE INDEX CONCURRENTLY in a "
                                + "migration of its own (executeInTransaction=false)",
                        "INDEX_BUILD: create index users_id_idx on public.users reads the whole table and loads the server "
                                + "while it builds; build it when the database is quiet, or CONCURRENTLY",
                        "ACQUIRES_ACCESS_EXCLUSIVE_LOCK: alter column public.users.n type integer -> bigint rewrites the "
                                + "table under an ACCESS EXCLUSIVE lock; on a large table pass --online: it adds a new "
                                + "column, backfills it and swaps");
    }

    @Test
    void wordsPossibleRenamesWithTheArgumentThatAssertsThem() {
        assertThat(FindingText.lines(List.of(new RenameHint(new Rename(users, null, "people"), null),
                new RenameHint(new Rename(name("app.a"), null, "b"), null),
                new RenameHint(new Rename(users, "name", "full_name"), "text"),
                new RenameHint(new Rename(name("app.t"), "a", "c"), "text")))).containsExactly(
                "possible rename: table public.users was dropped and public.people created with the same columns; to keep "
                        + "its rows pass --rename users=people",
                "possible rename: table app.a was dropped and app.b created with the same columns; to keep its rows pass "
                        + "--rename app.a=app.b",
                "possible rename: column public.users.name was dropped and full_name added with the same type (text); "
                        + "to keep its data pass --rename users.name=users.full_name",
                "possible rename: column app.t.a was dropped and c added with the same type (text); to keep its data pass "
                        + "--rename app.t.a=app.t.c");
    }

    @Test
    void wordsADiffsHazardsThenItsPossibleRenames() {
        SchemaModel named = model().with(table("users").with(column("name", "text"))).build();
        SchemaModel renamed = model().with(table("users").with(column("full_name", "text"))).build();

        assertThat(FindingText.lines(SchemaDiff.compare(named, renamed, DiffOptions.none()).findings())).containsExactly(
                "DELETES_DATA: drop column public.users.name can lose data; if that is intended pass --unsafe; if it is "
                        + "a rename pass --rename OLD=NEW",
                "possible rename: column public.users.name was dropped and full_name added with the same type (text); "
                        + "to keep its data pass --rename users.name=users.full_name");
    }

    private List<String> lines(Change... changes) {
        return FindingText.lines(SchemaDiff.lint(List.of(changes), from));
    }
}
