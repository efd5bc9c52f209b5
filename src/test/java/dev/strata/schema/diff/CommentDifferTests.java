package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.enumType;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Access;
import dev.strata.schema.model.CommentTarget;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.SetComment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CommentDifferTests {

    @Test
    void setsChangesAndRemovesATableComment() {
        assertThat(CommentDiffer.tables(new TablePair(table("users").build(), table("users").comment("who").build())))
                .containsExactly(new SetComment("TABLE", "public.users", null, "who"));
        assertThat(CommentDiffer.tables(new TablePair(table("users").comment("who").build(),
                table("users").comment("people").build())))
                .containsExactly(new SetComment("TABLE", "public.users", "who", "people"));
        assertThat(CommentDiffer.tables(new TablePair(table("users").comment("who").build(), table("users").build())))
                .containsExactly(new SetComment("TABLE", "public.users", "who", null));
    }

    @Test
    void commentsOnColumnsNameThemQuotedAsNeeded() {
        Table from = table("App.User").with(column("Email", "text"), column("id", "integer").comment("key")).build();
        Table to = table("App.User").with(column("Email", "text").comment("login"), column("id", "integer")).build();

        assertThat(CommentDiffer.tables(new TablePair(from, to))).containsExactly(
                new SetComment("COLUMN", "\"App\".\"User\".\"Email\"", null, "login"),
                new SetComment("COLUMN", "\"App\".\"User\".id", "key", null));
    }

    @Test
    void leavesCommentsOfCreatedDroppedAndRecomputedObjectsToTheirCreation() {
        Table commented = table("t").comment("c").with(column("a", "text").comment("x")).build();
        Table generated = table("t").comment("c").with(column("a", "text").generated("'y'::text").comment("y")).build();

        assertThat(CommentDiffer.tables(new TablePair(null, commented))).isEmpty();
        assertThat(CommentDiffer.tables(new TablePair(commented, null))).isEmpty();
        assertThat(CommentDiffer.tables(new TablePair(commented, generated))).isEmpty();
        assertThat(CommentDiffer.tables(new TablePair(commented, table("t").comment("c").build()))).isEmpty();
    }

    @Test
    void commentsOnEnumTypes() {
        EnumType plain = enumType("mood", "a");
        EnumType commented = new EnumType(name("mood"), List.of("a"), "feelings");

        assertThat(CommentDiffer.enums(plain, commented)).containsExactly(new SetComment("TYPE", "public.mood", null, "feelings"));
        assertThat(CommentDiffer.enums(null, commented)).isEmpty();
        assertThat(CommentDiffer.enums(commented, null)).isEmpty();
    }

    private static final CommentTarget CHECK = new CommentTarget("CONSTRAINT", "positive ON public.accounts");
    private static final CommentTarget SCHEMA = new CommentTarget("SCHEMA", "app");

    private static SchemaModel commented(Map<CommentTarget, String> comments) {
        return new SchemaModel(new TreeSet<>(Set.of("public")), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Access.none(), new TreeMap<>(comments));
    }

    @Test
    void takesACommentOffFirstAndSetsOneLast() {
        assertThat(CommentDiffer.catalog(commented(Map.of(CHECK, "old", SCHEMA, "same")),
                commented(Map.of(SCHEMA, "same")), Set.of()))
                .containsExactly(new SetComment("CONSTRAINT", "positive ON public.accounts", "old", null, true));
        assertThat(CommentDiffer.catalog(commented(Map.of(SCHEMA, "a")), commented(Map.of(SCHEMA, "b", CHECK, "new")),
                Set.of())).containsExactly(new SetComment("CONSTRAINT", "positive ON public.accounts", null, "new"),
                        new SetComment("SCHEMA", "app", "a", "b"));
    }

    @Test
    void aRecreatedObjectHasItsCommentTakenOffBeforeAndSetAfter() {
        Map<CommentTarget, String> same = Map.of(CHECK, "no overdraft");

        assertThat(CommentDiffer.catalog(commented(same), commented(same), Set.of(CHECK))).containsExactly(
                new SetComment("CONSTRAINT", "positive ON public.accounts", "no overdraft", null, true),
                new SetComment("CONSTRAINT", "positive ON public.accounts", null, "no overdraft"));
        assertThat(CommentDiffer.catalog(commented(same), commented(same), Set.of(SCHEMA))).isEmpty();
    }
}
