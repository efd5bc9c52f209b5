package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.enumType;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.TypeChange.AddEnumValue;
import dev.strata.schema.ops.TypeChange.CreateEnum;
import dev.strata.schema.ops.TypeChange.DropEnum;
import dev.strata.schema.ops.TypeChange.EnumUse;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import dev.strata.schema.ops.TypeChange.RenameEnumValue;
import dev.strata.schema.render.ChangeRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumDifferTests {

    private final EnumType mood = enumType("mood", "sad", "ok");

    @Test
    void createsAndDropsEnumsOnlyOneSideHas() {
        assertThat(diff(null, mood)).containsExactly(new CreateEnum(mood));
        assertThat(diff(mood, null)).containsExactly(new DropEnum(mood));
    }

    @Test
    void findsNothingWhenOnlyTheCommentChanges() {
        assertThat(diff(mood, new EnumType(name("mood"), mood.labels(), "how it feels"))).isEmpty();
    }

    @Test
    void addsAValueAtTheEndAfterTheLastOne() {
        EnumType more = enumType("mood", "sad", "ok", "happy");

        assertThat(diff(mood, more)).containsExactly(new AddEnumValue(mood, more, "happy", "ok", false, List.of()));
    }

    @Test
    void addsAValueAtTheStartBeforeTheFirstOne() {
        EnumType more = enumType("mood", "awful", "sad", "ok");

        assertThat(diff(mood, more)).containsExactly(new AddEnumValue(mood, more, "awful", "sad", true, List.of()));
    }

    @Test
    void addsAValueInTheMiddleAfterItsPredecessor() {
        EnumType more = enumType("mood", "sad", "meh", "ok");

        assertThat(diff(mood, more)).containsExactly(new AddEnumValue(mood, more, "meh", "sad", false, List.of()));
    }

    @Test
    void addsSeveralValuesOneAfterAnotherEachAtAPositionThatAlreadyExists() {
        EnumType from = enumType("mood", "c");
        EnumType to = enumType("mood", "a", "b", "c", "d", "e");

        assertThat(statements(diff(from, to))).containsExactly(
                "ALTER TYPE public.mood ADD VALUE 'a' BEFORE 'c'",
                "ALTER TYPE public.mood ADD VALUE 'b' AFTER 'a'",
                "ALTER TYPE public.mood ADD VALUE 'd' AFTER 'c'",
                "ALTER TYPE public.mood ADD VALUE 'e' AFTER 'd'");
        assertThat(diff(from, to)).extracting(c -> ((AddEnumValue) c).to().labels()).containsExactly(
                List.of("a", "c"), List.of("a", "b", "c"), List.of("a", "b", "c", "d"), List.of("a", "b", "c", "d", "e"));
    }

    @Test
    void renamesAValueThatChangedAtItsPosition() {
        EnumType renamed = enumType("mood", "sad", "fine");

        assertThat(diff(mood, renamed)).containsExactly(new RenameEnumValue(mood, renamed, "ok", "fine"));
    }

    @Test
    void renamesEveryValueThatChangedAtItsPosition() {
        EnumType renamed = enumType("mood", "down", "fine");

        assertThat(diff(mood, renamed)).containsExactly(
                new RenameEnumValue(mood, enumType("mood", "down", "ok"), "sad", "down"),
                new RenameEnumValue(enumType("mood", "down", "ok"), renamed, "ok", "fine"));
    }

    @Test
    void recreatesAnEnumThatLosesAValueAndRecastsTheColumnsUsingIt() {
        EnumType fewer = enumType("mood", "ok");
        Table from = people(column("mood", "public.mood").defaultsTo("'sad'::public.mood"));
        Table to = people(column("mood", "public.mood").defaultsTo("'ok'::public.mood"));

        assertThat(diff(mood, fewer, new TablePair(from, to))).containsExactly(new RecreateEnum(mood, fewer, List.of(
                new EnumUse(name("people"), "mood", "'sad'::public.mood", "'ok'::public.mood", false))));
    }

    @Test
    void recreatesAnEnumWhoseValuesAreReordered() {
        EnumType reordered = enumType("mood", "ok", "sad");

        assertThat(diff(mood, reordered)).containsExactly(new RecreateEnum(mood, reordered, List.of()));
    }

    @Test
    void recastsArrayColumnsAndOnlyColumnsOfThatTypeOnBothSides() {
        EnumType fewer = enumType("mood", "ok");
        Table from = people(column("moods", "public.mood[]"), column("other", "public.other"),
                column("changing", "public.mood"), column("gone", "public.mood"));
        Table to = people(column("moods", "public.mood[]"), column("other", "public.other"),
                column("changing", "text"), column("added", "public.mood"));

        assertThat(diff(mood, fewer, new TablePair(from, to), new TablePair(null, people(column("mood", "public.mood")))))
                .containsExactly(new RecreateEnum(mood, fewer, List.of(new EnumUse(name("people"), "moods", null, null, true))));
    }

    @Test
    void givesTheAddedValuesTheUsesToo() {
        EnumType more = enumType("mood", "sad", "ok", "happy");
        Table people = people(column("mood", "public.mood"));

        assertThat(diff(mood, more, new TablePair(people, people))).containsExactly(new AddEnumValue(mood, more, "happy",
                "ok", false, List.of(new EnumUse(name("people"), "mood", null, null, false))));
    }

    @Test
    void findsTheUsesOfAnEnumWhoseNameIsAKeyword() {
        EnumType position = enumType("position", "a", "b");
        EnumType fewer = enumType("position", "a");
        Table people = people(column("p", "public.\"position\""));

        assertThat(diff(position, fewer, new TablePair(people, people))).containsExactly(new RecreateEnum(position, fewer,
                List.of(new EnumUse(name("people"), "p", null, null, false))));
    }

    private static Table people(dev.strata.schema.Schemas.ColumnBuilder... columns) {
        return table("people").with(columns).build();
    }

    private static List<String> statements(List<Change> changes) {
        return changes.stream().flatMap(c -> ChangeRenderer.render(c).stream()).toList();
    }

    private static List<Change> diff(EnumType from, EnumType to, TablePair... tables) {
        Map<QualifiedName, EnumType> a = from == null ? Map.of() : Map.of(from.name(), from);
        Map<QualifiedName, EnumType> b = to == null ? Map.of() : Map.of(to.name(), to);
        return EnumDiffer.diff(a, b, List.of(tables), Renamer.none());
    }
}
