package dev.strata.migration.autogenerate;

import static dev.strata.schema.Schemas.check;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.model;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.primaryKey;
import static dev.strata.schema.Schemas.table;
import static dev.strata.schema.Schemas.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.DiffOptions;
import dev.strata.schema.Rename;
import dev.strata.schema.RenameHint;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange.DropColumn;
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
    void wordsDestructiveChangesAsNeedingUnsafe() {
        assertThat(lines(new DropTable(table("users").build()), new DropColumn(users, column("id", "integer").build()),
                new AlterColumnType(users, column("n", "bigint").build(), column("n", "integer").build()))).containsExactly(
                "destructive: drop table public.users can lose data; it needs --unsafe",
                "destructive: drop column public.users.id can lose data; it needs --unsafe",
                "destructive: alter column public.users.n type bigint -> integer can lose data; it needs --unsafe");
    }

    @Test
    void wordsWhatFailsOnExistingRowsAsDataDependent() {
        assertThat(lines(new AddColumn(users, column("email", "text").notNull().build()),
                new AlterColumnNullability(users, "id", true), new AddConstraint(users, unique("users_id_key", "id")),
                new AddConstraint(users, primaryKey("users_pkey", "id")),
                new AddConstraint(users, check("positive", "(id > 0)", "id")),
                new AddConstraint(users, foreignKey("users_org_fkey", "org_id", "orgs", "id", "")))).containsExactly(
                "data-dependent: add column public.users.email is NOT NULL without a default: it fails if the table has "
                        + "rows; add a default, or add it nullable, backfill, then set NOT NULL",
                "data-dependent: set not null on public.users.id fails if any row holds NULL; backfill first",
                "data-dependent: add constraint users_id_key on public.users fails if existing rows violate it, and blocks "
                        + "writes while its index builds",
                "data-dependent: add constraint users_pkey on public.users fails if existing rows violate it, and blocks "
                        + "writes while its index builds",
                "data-dependent: add constraint positive on public.users fails if existing rows violate it; on a large "
                        + "table add it NOT VALID and VALIDATE CONSTRAINT in a later migration",
                "data-dependent: add constraint users_org_fkey on public.users fails if existing rows violate it; on a large "
                        + "table add it NOT VALID and VALIDATE CONSTRAINT in a later migration");
    }

    @Test
    void wordsIndexBuildsAndRewritesAsLocking() {
        Index unique = new Index("users_email_key", "CREATE UNIQUE INDEX users_email_key ON public.users USING btree "
                + "(email)", true);

        assertThat(lines(new CreateIndex(users, index("users_id_idx", "users", "id")), new CreateIndex(users, unique),
                new AlterColumnType(users, column("n", "integer").build(), column("n", "bigint").build())))
                .containsExactly("locking: create index users_id_idx on public.users blocks writes while it builds; on a "
                        + "large table build it with CREATE INDEX CONCURRENTLY in a migration of its own",
                        "locking: create index users_email_key on public.users blocks writes while it builds; on a large "
                                + "table build it with CREATE INDEX CONCURRENTLY in a migration of its own; it fails if "
                                + "existing rows hold duplicates",
                        "locking: alter column public.users.n type integer -> bigint rewrites the table under an "
                                + "ACCESS EXCLUSIVE lock");
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
                "destructive: drop column public.users.name can lose data; it needs --unsafe",
                "possible rename: column public.users.name was dropped and full_name added with the same type (text); "
                        + "to keep its data pass --rename users.name=users.full_name");
    }

    private List<String> lines(Change... changes) {
        return FindingText.lines(SchemaDiff.lint(List.of(changes), from));
    }
}
