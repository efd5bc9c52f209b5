package dev.strata.schema.ops;

import static dev.strata.schema.ChangeAssert.assertThatChange;
import static dev.strata.schema.Schemas.enumType;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.ops.TypeChange.AddEnumValue;
import dev.strata.schema.ops.TypeChange.AlterSequence;
import dev.strata.schema.ops.TypeChange.CreateEnum;
import dev.strata.schema.ops.TypeChange.CreateSequence;
import dev.strata.schema.ops.TypeChange.DropEnum;
import dev.strata.schema.ops.TypeChange.DropSequence;
import dev.strata.schema.ops.TypeChange.EnumUse;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import dev.strata.schema.ops.TypeChange.RenameEnumValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeChangeTests {

    private final EnumType mood = enumType("mood", "sad", "ok");
    private final EnumType happier = enumType("mood", "sad", "ok", "happy");
    private final EnumUse use = new EnumUse(name("people"), "mood", "'ok'::public.mood", "'happy'::public.mood", false);

    @Test
    void creatingAnEnumReversesToDroppingIt() {
        assertThatChange(new CreateEnum(mood)).reversesTo(new DropEnum(mood)).isItsOwnDoubleReverse().isNotDestructive()
                .isDescribedAs("create enum public.mood");
    }

    @Test
    void droppingAnEnumIsDestructive() {
        assertThatChange(new DropEnum(mood)).isDestructive().reversesTo(new CreateEnum(mood)).isItsOwnDoubleReverse();
    }

    @Test
    void addingAValueReversesToRecreatingTheTypeWithoutItAndRecastingItsUses() {
        AddEnumValue add = new AddEnumValue(mood, happier, "happy", "ok", false, List.of(use));

        assertThatChange(add).isNotDestructive().isDescribedAs("add value 'happy' to enum public.mood")
                .reversesTo(new RecreateEnum(happier, mood, List.of(use.reverse())));
        assertThatChange(add.reverse()).isDestructive();
    }

    @Test
    void anEnumUseReversesItsDefaults() {
        assertThat(use.reverse()).isEqualTo(new EnumUse(name("people"), "mood", "'happy'::public.mood",
                "'ok'::public.mood", false));
        assertThat(use.reverse().reverse()).isEqualTo(use);
    }

    @Test
    void renamingAValueReversesToTheOppositeRename() {
        EnumType renamed = enumType("mood", "sad", "fine");

        assertThatChange(new RenameEnumValue(mood, renamed, "ok", "fine")).isNotDestructive()
                .reversesTo(new RenameEnumValue(renamed, mood, "fine", "ok")).isItsOwnDoubleReverse()
                .isDescribedAs("rename value 'ok' of enum public.mood to 'fine'");
    }

    @Test
    void recreatingIsDestructiveOnlyWhenAValueGoes() {
        EnumType reordered = enumType("mood", "ok", "sad");
        EnumType fewer = enumType("mood", "sad");

        assertThatChange(new RecreateEnum(mood, reordered, List.of(use))).isNotDestructive().isItsOwnDoubleReverse()
                .reversesTo(new RecreateEnum(reordered, mood, List.of(use.reverse())));
        assertThatChange(new RecreateEnum(mood, fewer, List.of())).isDestructive()
                .isDescribedAs("recreate enum public.mood as [sad]");
        assertThatChange(new RecreateEnum(fewer, mood, List.of())).isNotDestructive();
    }

    @Test
    void sequencesReverseAndOnlyTheirDropIsDestructive() {
        Sequence counter = sequence("counter");
        Sequence faster = new Sequence(name("counter"), "bigint", 1, 10, 1, Long.MAX_VALUE, 1, false, null);

        assertThatChange(new CreateSequence(counter)).reversesTo(new DropSequence(counter)).isItsOwnDoubleReverse()
                .isNotDestructive();
        assertThatChange(new DropSequence(counter)).isDestructive().isDescribedAs("drop sequence public.counter");
        assertThatChange(new AlterSequence(counter, faster)).reversesTo(new AlterSequence(faster, counter))
                .isItsOwnDoubleReverse().isNotDestructive();
    }
}
