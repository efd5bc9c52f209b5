package dev.strata.schema.render;

import static dev.strata.schema.ChangeAssert.assertThatChange;
import static dev.strata.schema.Schemas.enumType;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.sequence;

import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.ops.TypeChange.AddEnumValue;
import dev.strata.schema.ops.TypeChange.AlterSequence;
import dev.strata.schema.ops.TypeChange.AlterSequenceOwner;
import dev.strata.schema.ops.TypeChange.ColumnRef;
import dev.strata.schema.ops.TypeChange.CreateEnum;
import dev.strata.schema.ops.TypeChange.CreateSequence;
import dev.strata.schema.ops.TypeChange.DropEnum;
import dev.strata.schema.ops.TypeChange.DropSequence;
import dev.strata.schema.ops.TypeChange.EnumUse;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import dev.strata.schema.ops.TypeChange.RenameEnumValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeRendererTests {

    private final EnumType mood = enumType("mood", "sad", "ok");

    @Test
    void createsAnEnumWithItsLabelsQuotedAsLiteralsAndItsComment() {
        assertThatChange(new CreateEnum(enumType("app.Mood", "it's ok", "fine"))).rendersAs(
                "CREATE TYPE app.\"Mood\" AS ENUM ('it''s ok', 'fine')");
        assertThatChange(new CreateEnum(new EnumType(name("mood"), List.of("a"), "how it feels"))).rendersAs(
                "CREATE TYPE public.mood AS ENUM ('a')", "COMMENT ON TYPE public.mood IS 'how it feels'");
        assertThatChange(new DropEnum(mood)).rendersAs("DROP TYPE public.mood");
    }

    @Test
    void addsAValueAfterOrBeforeItsNeighbour() {
        EnumType more = enumType("mood", "sad", "ok", "happy");

        assertThatChange(new AddEnumValue(mood, more, "happy", "ok", false, List.of()))
                .rendersAs("ALTER TYPE public.mood ADD VALUE 'happy' AFTER 'ok'");
        assertThatChange(new AddEnumValue(mood, enumType("mood", "awful", "sad", "ok"), "awful", "sad", true, List.of()))
                .rendersAs("ALTER TYPE public.mood ADD VALUE 'awful' BEFORE 'sad'");
        assertThatChange(new AddEnumValue(enumType("mood"), enumType("mood", "it's"), "it's", null, false, List.of()))
                .rendersAs("ALTER TYPE public.mood ADD VALUE 'it''s'");
    }

    @Test
    void renamesAValue() {
        assertThatChange(new RenameEnumValue(mood, enumType("mood", "sad", "fine"), "ok", "fine"))
                .rendersAs("ALTER TYPE public.mood RENAME VALUE 'ok' TO 'fine'");
    }

    @Test
    void recreatesAnEnumByRenamingItAsideRecastingEveryUseAndDroppingTheOldOne() {
        EnumType fewer = enumType("mood", "ok");
        List<EnumUse> uses = List.of(
                new EnumUse(name("people"), "mood", "'sad'::public.mood", "'ok'::public.mood", false),
                new EnumUse(name("app.Diary"), "Moods", null, null, true));

        assertThatChange(new RecreateEnum(mood, fewer, uses)).rendersAs(
                "ALTER TYPE public.mood RENAME TO mood__strata_old",
                "CREATE TYPE public.mood AS ENUM ('ok')",
                "ALTER TABLE public.people ALTER COLUMN mood DROP DEFAULT",
                "ALTER TABLE public.people ALTER COLUMN mood TYPE public.mood USING mood::text::public.mood",
                "ALTER TABLE public.people ALTER COLUMN mood SET DEFAULT 'ok'::public.mood",
                "ALTER TABLE app.\"Diary\" ALTER COLUMN \"Moods\" TYPE public.mood[] USING \"Moods\"::text[]::public.mood[]",
                "DROP TYPE public.mood__strata_old");
    }

    @Test
    void recreatesAMixedCaseEnumWithItsComment() {
        EnumType from = enumType("app.Mood", "a", "b");
        EnumType to = new EnumType(name("app.Mood"), List.of("b", "a"), "ordered");

        assertThatChange(new RecreateEnum(from, to, List.of())).rendersAs(
                "ALTER TYPE app.\"Mood\" RENAME TO \"Mood__strata_old\"",
                "CREATE TYPE app.\"Mood\" AS ENUM ('b', 'a')",
                "COMMENT ON TYPE app.\"Mood\" IS 'ordered'",
                "DROP TYPE app.\"Mood__strata_old\"");
    }

    @Test
    void createsAndAltersASequenceWithEveryParameter() {
        Sequence ticket = new Sequence(name("app.ticket"), "integer", 100, 5, 100, 2_147_483_647, 20, true, null);

        assertThatChange(new CreateSequence(ticket)).rendersAs("CREATE SEQUENCE app.ticket AS integer INCREMENT BY 5 "
                + "MINVALUE 100 MAXVALUE 2147483647 START WITH 100 CACHE 20 CYCLE");
        assertThatChange(new AlterSequence(sequence("app.ticket"), ticket)).rendersAs("ALTER SEQUENCE app.ticket AS "
                + "integer INCREMENT BY 5 MINVALUE 100 MAXVALUE 2147483647 START WITH 100 CACHE 20 CYCLE");
        assertThatChange(new CreateSequence(new Sequence(name("down"), "bigint", -1, -1, Long.MIN_VALUE, -1, 1, false,
                null))).rendersAs("CREATE SEQUENCE public.down AS bigint INCREMENT BY -1 MINVALUE -9223372036854775808 "
                        + "MAXVALUE -1 START WITH -1 CACHE 1 NO CYCLE");
        assertThatChange(new DropSequence(ticket)).rendersAs("DROP SEQUENCE app.ticket");
    }

    @Test
    void givesASequenceToAColumnOrToNone() {
        ColumnRef owner = new ColumnRef(name("Billing.Order"), "Id");
        assertThatChange(new AlterSequenceOwner(name("app.ticket"), null, owner))
                .rendersAs("ALTER SEQUENCE app.ticket OWNED BY \"Billing\".\"Order\".\"Id\"")
                .reversesTo(new AlterSequenceOwner(name("app.ticket"), owner, null));
        assertThatChange(new AlterSequenceOwner(name("app.ticket"), owner, null))
                .rendersAs("ALTER SEQUENCE app.ticket OWNED BY NONE");
    }

    @Test
    void dropsAnOwnedSequenceOnlyIfItsTableHasNotTakenItAlong() {
        Sequence owned = new Sequence(name("t_id_seq"), "integer", 1000, 1, 1, 2_147_483_647, 1, false, "public.t.id");

        assertThatChange(new DropSequence(owned)).rendersAs("DROP SEQUENCE IF EXISTS public.t_id_seq");
    }
}
