package dev.strata.schema;

import static dev.strata.schema.Schemas.check;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.enumType;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.model;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.primaryKey;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.DropColumn;
import dev.strata.schema.ops.TypeChange.AddEnumValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTests {

    private final Schemas.TableBuilder users = table("users").with(column("id", "integer").notNull())
            .with(primaryKey("users_pkey", "id"));

    @Test
    void equalSchemasGiveNoChangesAndEmptyScripts() {
        DiffResult result = SchemaDiff.compare(model().with(users).build(), model().with(users).build(), DiffOptions.none());

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.up().text()).isEmpty();
        assertThat(result.down().text()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void theDownScriptUndoesTheUpScriptInReverseDependencyOrder() {
        SchemaModel from = model().with(users).build();
        SchemaModel to = model().with(table("users").with(column("id", "integer").notNull(), column("bio", "text"))
                .with(primaryKey("users_pkey", "id")), table("posts").with(column("author_id", "integer"))
                .with(foreignKey("posts_author_fkey", "author_id", "users", "id", ""))).build();

        DiffResult result = SchemaDiff.compare(from, to, DiffOptions.none());

        assertThat(result.up().statements()).containsExactly("CREATE TABLE public.posts (\n    author_id integer\n)",
                "ALTER TABLE public.users ADD COLUMN bio text", "ALTER TABLE public.posts ADD CONSTRAINT posts_author_fkey "
                        + "FOREIGN KEY (author_id) REFERENCES public.users(id)");
        assertThat(result.down().statements()).containsExactly(
                "ALTER TABLE public.posts DROP CONSTRAINT posts_author_fkey",
                "ALTER TABLE public.users DROP COLUMN bio", "DROP TABLE public.posts");
        assertThat(result.destructive()).isEmpty();
        assertThat(result.up().transactional()).isTrue();
    }

    @Test
    void theDownScriptIsTheReversedListOfReversedChanges() {
        SchemaModel from = model().with(users, table("old").with(column("a", "text"))).build();
        SchemaModel to = model().with(table("users").with(column("id", "bigint").notNull())).build();

        DiffResult result = SchemaDiff.compare(from, to, DiffOptions.none());
        DiffResult back = SchemaDiff.compare(to, from, DiffOptions.none());

        List<Change> undo = new java.util.ArrayList<>(result.changes().stream().map(Change::reverse).toList()).reversed();
        assertThat(result.down()).isEqualTo(SchemaDiff.script(undo));
        assertThat(result.down().statements()).containsExactlyInAnyOrderElementsOf(back.up().statements());
        assertThat(result.destructive()).extracting(Change::describe).containsExactly("drop table public.old");
        assertThat(back.destructive()).extracting(Change::describe)
                .containsExactly("alter column public.users.id type bigint -> integer");
    }

    @Test
    void anAddedEnumValueMakesTheUpScriptNonTransactionalButNotTheDownScript() {
        SchemaModel from = model().with(enumType("mood", "sad")).build();
        SchemaModel to = model().with(enumType("mood", "sad", "ok")).build();

        DiffResult result = SchemaDiff.compare(from, to, DiffOptions.none());

        assertThat(result.changes()).singleElement().isInstanceOf(AddEnumValue.class);
        assertThat(result.up().transactional()).isFalse();
        assertThat(result.up().text()).startsWith("-- This script cannot run in one transaction: ALTER TYPE ... ADD VALUE "
                + "must be committed before the new value can be used\n");
        assertThat(result.down().transactional()).isTrue();
        assertThat(result.down().statements()).containsExactly("ALTER TYPE public.mood RENAME TO mood__strata_old",
                "CREATE TYPE public.mood AS ENUM ('sad')", "DROP TYPE public.mood__strata_old");
    }

    @Test
    void dropsUseTheOldNamesBeforeTheRenamesAndTheDownScriptMirrorsTheUpScript() {
        SchemaModel from = model().with(table("users").with(column("id", "integer").notNull(), column("name", "text"))
                .with(check("users_name_check", "(length(name) > 0)", "name"))).build();
        SchemaModel to = model().with(table("people").with(column("id", "integer").notNull(), column("full_name", "text"),
                column("bio", "text")).with(check("users_name_check", "(length(full_name) > 1)", "full_name"))).build();

        DiffResult result = SchemaDiff.compare(from, to, new DiffOptions(List.of(
                new Rename(name("users"), null, "people"), new Rename(name("users"), "name", "full_name"))));

        assertThat(result.up().statements()).containsExactly(
                "ALTER TABLE public.users DROP CONSTRAINT users_name_check",
                "ALTER TABLE public.users RENAME TO people",
                "ALTER TABLE public.people RENAME COLUMN name TO full_name",
                "ALTER TABLE public.people ADD COLUMN bio text",
                "ALTER TABLE public.people ADD CONSTRAINT users_name_check CHECK ((length(full_name) > 1))");
        assertThat(result.down().statements()).containsExactly(
                "ALTER TABLE public.people DROP CONSTRAINT users_name_check",
                "ALTER TABLE public.people DROP COLUMN bio",
                "ALTER TABLE public.people RENAME COLUMN full_name TO name",
                "ALTER TABLE public.people RENAME TO users",
                "ALTER TABLE public.users ADD CONSTRAINT users_name_check CHECK ((length(name) > 0))");
    }

    @Test
    void aRecreatedEnumRecastsColumnsUnderTheirNamesAfterTheRenames() {
        SchemaModel from = model().with(enumType("mood", "a", "b"))
                .with(table("users").with(column("m", "public.mood"))).build();
        SchemaModel to = model().with(enumType("mood", "a"))
                .with(table("people").with(column("feeling", "public.mood"))).build();

        DiffResult result = SchemaDiff.compare(from, to, new DiffOptions(List.of(
                new Rename(name("users"), null, "people"), new Rename(name("users"), "m", "feeling"))));

        assertThat(result.up().statements()).containsExactly(
                "ALTER TABLE public.users RENAME TO people",
                "ALTER TABLE public.people RENAME COLUMN m TO feeling",
                "ALTER TYPE public.mood RENAME TO mood__strata_old",
                "CREATE TYPE public.mood AS ENUM ('a')",
                "ALTER TABLE public.people ALTER COLUMN feeling TYPE public.mood USING feeling::text::public.mood",
                "DROP TYPE public.mood__strata_old");
        assertThat(result.down().statements()).containsExactly(
                "ALTER TYPE public.mood RENAME TO mood__strata_old",
                "CREATE TYPE public.mood AS ENUM ('a', 'b')",
                "ALTER TABLE public.people ALTER COLUMN feeling TYPE public.mood USING feeling::text::public.mood",
                "DROP TYPE public.mood__strata_old",
                "ALTER TABLE public.people RENAME COLUMN feeling TO m",
                "ALTER TABLE public.people RENAME TO users");
    }

    @Test
    void aDefaultCallingARecreatedFunctionGoesBeforeItUnderTheOldNamesAndComesBackAfterUnderTheNew() {
        String credit = "public.starting_credit()";
        SchemaModel from = DatabaseObjects.model(List.of(table("wallets").with(column("credit", "bigint")
                .defaultsTo(credit)).build()), List.of(ProgramFixtures.function("starting_credit", "", "integer",
                        "SELECT 100")), List.of(), List.of(), List.of());
        SchemaModel to = DatabaseObjects.model(List.of(table("purses").with(column("amount", "bigint")
                .defaultsTo(credit)).build()), List.of(ProgramFixtures.function("starting_credit", "", "bigint",
                        "SELECT 100")), List.of(), List.of(), List.of());

        DiffResult result = SchemaDiff.compare(from, to, new DiffOptions(List.of(
                new Rename(name("wallets"), null, "purses"), new Rename(name("wallets"), "credit", "amount"))));

        assertThat(result.up().statements()).filteredOn(s -> !s.startsWith("CREATE OR REPLACE")).containsExactly(
                "SET check_function_bodies = false",
                "ALTER TABLE public.wallets ALTER COLUMN credit DROP DEFAULT",
                "DROP FUNCTION public.starting_credit()",
                "ALTER TABLE public.wallets RENAME TO purses",
                "ALTER TABLE public.purses RENAME COLUMN credit TO amount",
                "ALTER TABLE public.purses ALTER COLUMN amount SET DEFAULT public.starting_credit()");
        assertThat(result.down().statements()).filteredOn(s -> !s.startsWith("CREATE OR REPLACE")).containsExactly(
                "SET check_function_bodies = false",
                "ALTER TABLE public.purses ALTER COLUMN amount DROP DEFAULT",
                "ALTER TABLE public.purses RENAME COLUMN amount TO credit",
                "ALTER TABLE public.purses RENAME TO wallets",
                "DROP FUNCTION public.starting_credit()",
                "ALTER TABLE public.wallets ALTER COLUMN credit SET DEFAULT public.starting_credit()");
    }

    @Test
    void warnsAboutLintFindingsAndPossibleRenames() {
        SchemaModel from = model().with(table("users").with(column("name", "text"))).build();
        SchemaModel to = model().with(table("users").with(column("full_name", "text"))).build();

        assertThat(SchemaDiff.compare(from, to, DiffOptions.none()).findings()).containsExactly(
                new Hazard(HazardKind.DELETES_DATA, new DropColumn(name("users"), column("name", "text").build()),
                        "can lose data", "if that is intended pass --unsafe; if it is a rename pass --rename OLD=NEW"),
                new RenameHint(new Rename(name("users"), "name", "full_name"), "text"));
    }
}
