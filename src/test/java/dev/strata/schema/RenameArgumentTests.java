package dev.strata.schema;

import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.model;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.strata.schema.model.SchemaModel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenameArgumentTests {

    private final SchemaModel from = model().schemas("app")
            .with(table("users").with(column("name", "text")), table("app.users").with(column("name", "text"))).build();

    @Test
    void formatsTheArgumentItParses() {
        for (String argument : List.of("users=people", "app.users=app.people", "users.name=users.full_name",
                "app.users.name=app.users.full_name")) {
            assertThat(RenameArgument.format(parse(argument))).isEqualTo(argument);
        }
    }

    @Test
    void renamesATableInPublic() {
        assertThat(parse("users=people")).isEqualTo(new Rename(name("users"), null, "people"));
        assertThat(parse("users=public.people")).isEqualTo(new Rename(name("users"), null, "people"));
        assertThat(parse("public.users=public.people")).isEqualTo(new Rename(name("users"), null, "people"));
    }

    @Test
    void renamesATableInAnotherSchema() {
        assertThat(parse("app.users=app.people")).isEqualTo(new Rename(name("app.users"), null, "people"));
        assertThat(parse("app.users=people")).isEqualTo(new Rename(name("app.users"), null, "people"));
    }

    @Test
    void renamesAColumnOfATableInPublic() {
        assertThat(parse("users.name=users.full_name")).isEqualTo(new Rename(name("users"), "name", "full_name"));
        assertThat(parse("users.name=full_name")).isEqualTo(new Rename(name("users"), "name", "full_name"));
        assertThat(parse("users.name=public.users.full_name")).isEqualTo(new Rename(name("users"), "name", "full_name"));
    }

    @Test
    void renamesAColumnOfATableInAnotherSchema() {
        Rename expected = new Rename(name("app.users"), "name", "full_name");

        assertThat(parse("app.users.name=app.users.full_name")).isEqualTo(expected);
        assertThat(parse("app.users.name=users.full_name")).isEqualTo(expected);
        assertThat(parse("app.users.name=full_name")).isEqualTo(expected);
    }

    @Test
    void keepsTheCaseOfNames() {
        assertThat(parse("Users=People")).isEqualTo(new Rename(name("Users"), null, "People"));
    }

    @Test
    void reversesARename() {
        assertThat(new Rename(name("app.users"), null, "people").reverse())
                .isEqualTo(new Rename(name("app.people"), null, "users"));
        assertThat(new Rename(name("users"), "name", "full_name").reverse())
                .isEqualTo(new Rename(name("users"), "full_name", "name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"users", "=people", "users=", "="})
    void refusesAnArgumentWithoutOldAndNew(String argument) {
        assertThatIllegalArgumentException().isThrownBy(() -> parse(argument)).withMessage("--rename '" + argument
                + "': expected OLD=NEW, e.g. users.name=users.full_name or users=people");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b.c.d=x", "users=a.b.c.d", "users.=x", ".users=x", "users=people.", "users..name=x"})
    void refusesNamesWithoutOneToThreeParts(String argument) {
        assertThatIllegalArgumentException().isThrownBy(() -> parse(argument))
                .withMessage("--rename '" + argument + "': names have one to three dot-separated parts");
    }

    @Test
    void refusesToMoveATableToAnotherSchema() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("app.users=public.people"))
                .withMessage("--rename 'app.users=public.people': a table is renamed within its schema: write app.people");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("users=public.people.x"))
                .withMessage("--rename 'users=public.people.x': a table is renamed within its schema: write public.x");
    }

    @Test
    void refusesToMoveAColumnToAnotherTable() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("users.name=people.full_name"))
                .withMessage("--rename 'users.name=people.full_name': a column is renamed within its table: write "
                        + "users.full_name");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("app.users.name=app.people.full_name"))
                .withMessage("--rename 'app.users.name=app.people.full_name': a column is renamed within its table: "
                        + "write users.full_name");
    }

    @Test
    void refusesToMoveAColumnToATableOfTheSameNameInAnotherSchema() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("app.users.name=public.users.full_name"))
                .withMessage("--rename 'app.users.name=public.users.full_name': a column is renamed within its table: "
                        + "write users.full_name");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("users.name=app.users.full_name"))
                .withMessage("--rename 'users.name=app.users.full_name': a column is renamed within its table: "
                        + "write users.full_name");
    }

    private Rename parse(String argument) {
        return RenameArgument.parse(argument, from);
    }
}
