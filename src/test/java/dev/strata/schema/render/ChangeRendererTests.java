package dev.strata.schema.render;

import static dev.strata.schema.ChangeAssert.assertThatChange;

import dev.strata.schema.ops.SetComment;
import org.junit.jupiter.api.Test;

class ChangeRendererTests {

    @Test
    void setsACommentAsALiteral() {
        assertThatChange(new SetComment("TABLE", "public.users", null, "who's who"))
                .rendersAs("COMMENT ON TABLE public.users IS 'who''s who'");
        assertThatChange(new SetComment("COLUMN", "public.users.\"Email\"", "x", "y"))
                .rendersAs("COMMENT ON COLUMN public.users.\"Email\" IS 'y'");
    }

    @Test
    void removesACommentWithNull() {
        assertThatChange(new SetComment("TYPE", "public.mood", "x", null)).rendersAs("COMMENT ON TYPE public.mood IS NULL");
    }
}
