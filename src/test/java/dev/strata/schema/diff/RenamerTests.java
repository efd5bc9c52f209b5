package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.check;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static dev.strata.schema.Schemas.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.strata.schema.Rename;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.ColumnChange.RenameColumn;
import dev.strata.schema.ops.TableChange.RenameTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RenamerTests {

    private final Table users = table("users").with(column("id", "integer"), column("name", "text"),
            column("manager_id", "integer"))
            .with(unique("users_name_key", "name"), check("users_name_check", "(length(name) > 0)", "name"),
                    foreignKey("users_manager_fkey", "manager_id", "users", "id", ""),
                    foreignKey("users_manager_name_fkey", "name", "directory", "name", ""))
            .with(index("users_name_idx", "users", "lower(name)")).build();
    private final Table posts = table("posts").with(column("author_id", "integer"), column("author_name", "text"))
            .with(foreignKey("posts_author_fkey", "author_id", "users", "id", "ON DELETE CASCADE"),
                    foreignKey("posts_author_name_fkey", "author_name", "users", "name", ""))
            .with(index("posts_author_idx", "posts", "author_id")).build();
    private final Table directory = table("directory").with(column("name", "text")).build();

    @Test
    void keysARenamedTableByItsNewNameButKeepsItsOldNameAndText() {
        Renamer.Result result = rename(new Rename(name("users"), null, "people"));

        assertThat(result.changes()).containsExactly(new RenameTable(name("users"), name("people")));
        assertThat(result.tables()).containsOnlyKeys(name("people"), name("posts"), name("directory"));
        assertThat(result.tables().get(name("people"))).isEqualTo(users);
    }

    @Test
    void normalisesARenamedTablesIndexesAndSelfReferences() {
        Renamer.Result result = rename(new Rename(name("users"), null, "people"));

        assertThat(result.renames().normalize(users, users.indexes().getFirst()))
                .isEqualTo("CREATE INDEX users_name_idx ON public.people USING btree (lower(name))");
        assertThat(normalized(result, users, "users_manager_fkey"))
                .isEqualTo("FOREIGN KEY (manager_id) REFERENCES public.people(id)");
    }

    @Test
    void normalisesTheForeignKeysOfOtherTablesThatReferenceARenamedTable() {
        Renamer.Result result = rename(new Rename(name("users"), null, "people"));

        assertThat(posts.constraints()).extracting(c -> result.renames().normalize(posts, c)).containsExactly(
                "FOREIGN KEY (author_id) REFERENCES public.people(id) ON DELETE CASCADE",
                "FOREIGN KEY (author_name) REFERENCES public.people(name)");
        assertThat(result.renames().normalize(posts, posts.indexes().getFirst()))
                .isEqualTo(posts.indexes().getFirst().definition());
    }

    @Test
    void renamesTheColumnAndNormalisesItsTablesConstraints() {
        Renamer.Result result = rename(new Rename(name("users"), "name", "full_name"));

        assertThat(result.changes()).containsExactly(new RenameColumn(name("users"), "name", "full_name"));
        Table renamed = result.tables().get(name("users"));
        assertThat(renamed.column("full_name")).isPresent();
        assertThat(renamed.column("name")).isEmpty();
        assertThat(renamed.constraints()).isEqualTo(users.constraints());
        assertThat(normalized(result, users, "users_name_key")).isEqualTo("UNIQUE (full_name)");
        assertThat(normalized(result, users, "users_name_check")).isEqualTo("CHECK ((length(full_name) > 0))");
        assertThat(normalized(result, users, "users_manager_name_fkey"))
                .isEqualTo("FOREIGN KEY (full_name) REFERENCES public.directory(name)");
    }

    @Test
    void normalisesAColumnInAnIndexOnlyAfterUsingSoTheIndexNameStays() {
        Renamer.Result result = rename(new Rename(name("users"), "name", "full_name"));

        assertThat(result.renames().normalize(users, users.indexes().getFirst()))
                .isEqualTo("CREATE INDEX users_name_idx ON public.users USING btree (lower(full_name))");
    }

    @Test
    void normalisesTheReferencedColumnsOfOtherTablesForeignKeys() {
        Renamer.Result result = rename(new Rename(name("users"), "name", "full_name"));

        assertThat(normalized(result, posts, "posts_author_name_fkey"))
                .isEqualTo("FOREIGN KEY (author_name) REFERENCES public.users(full_name)");
        assertThat(result.tables().get(name("directory"))).isEqualTo(directory);
    }

    @Test
    void renamesAColumnOfATableRenamedInTheSameRun() {
        Renamer.Result result = rename(new Rename(name("users"), "name", "full_name"),
                new Rename(name("users"), null, "people"));

        assertThat(result.changes()).containsExactly(new RenameTable(name("users"), name("people")),
                new RenameColumn(name("people"), "name", "full_name"));
        assertThat(normalized(result, posts, "posts_author_name_fkey"))
                .isEqualTo("FOREIGN KEY (author_name) REFERENCES public.people(full_name)");
    }

    @Test
    void refusesATableTheSourceDoesNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> rename(new Rename(name("nope"), null, "x")))
                .withMessage("--rename public.nope: no table public.nope in the from schema");
        assertThatIllegalArgumentException().isThrownBy(() -> rename(new Rename(name("app.nope"), "a", "b")))
                .withMessage("--rename app.nope.a: no table app.nope in the from schema");
    }

    @Test
    void refusesAColumnTheTableDoesNotHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> rename(new Rename(name("users"), "nope", "x")))
                .withMessage("--rename public.users.nope: table public.users has no column nope");
    }

    @Test
    void refusesATargetNameThatIsTaken() {
        assertThatIllegalArgumentException().isThrownBy(() -> rename(new Rename(name("users"), null, "posts")))
                .withMessage("--rename public.users: table public.posts already exists");
        assertThatIllegalArgumentException().isThrownBy(() -> rename(new Rename(name("users"), "name", "id")))
                .withMessage("--rename public.users.name: table public.users already has a column id");
    }

    private Renamer.Result rename(Rename... renames) {
        Map<QualifiedName, Table> tables = new TreeMap<>();
        List.of(users, posts, directory).forEach(t -> tables.put(t.name(), t));
        return Renamer.apply(tables, Map.of(), List.of(renames));
    }

    private static String normalized(Renamer.Result result, Table table, String constraint) {
        return result.renames().normalize(table, constraint(table, constraint));
    }

    private static Constraint constraint(Table table, String name) {
        return table.constraints().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
