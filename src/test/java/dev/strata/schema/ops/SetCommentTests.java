package dev.strata.schema.ops;

import static dev.strata.schema.ChangeAssert.assertThatChange;

import org.junit.jupiter.api.Test;

class SetCommentTests {

    @Test
    void settingACommentReversesToTheOldText() {
        assertThatChange(new SetComment("TABLE", "public.users", "old", "new"))
                .reversesTo(new SetComment("TABLE", "public.users", "new", "old")).isItsOwnDoubleReverse()
                .isNotDestructive().isDescribedAs("comment on table public.users");
    }

    @Test
    void addingACommentReversesToRemovingIt() {
        assertThatChange(new SetComment("COLUMN", "public.users.email", null, "the login"))
                .reversesTo(new SetComment("COLUMN", "public.users.email", "the login", null)).isItsOwnDoubleReverse();
        assertThatChange(new SetComment("COLUMN", "public.users.email", "the login", null))
                .isDescribedAs("remove comment on column public.users.email");
    }
}
