package dev.strata.schema.order;

import static dev.strata.schema.Schemas.check;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.enumType;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.primaryKey;
import static dev.strata.schema.Schemas.sequence;
import static dev.strata.schema.Schemas.table;
import static dev.strata.schema.Schemas.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.DatabaseObjects;
import dev.strata.schema.model.Column.Identity;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnDefault;
import dev.strata.schema.ops.ColumnChange.AlterColumnIdentity;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange.DropColumn;
import dev.strata.schema.ops.ColumnChange.RebindColumnDefault;
import dev.strata.schema.ops.ColumnChange.RenameColumn;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.NamespaceChange.CreateSchema;
import dev.strata.schema.ops.NamespaceChange.DropSchema;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.ops.SetComment;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DropTable;
import dev.strata.schema.ops.TableChange.RenameTable;
import dev.strata.schema.ops.TypeChange.CreateEnum;
import dev.strata.schema.ops.TypeChange.CreateSequence;
import dev.strata.schema.ops.TypeChange.DropEnum;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementOrderTests {

    private final QualifiedName t = name("t");

    @Test
    void dropsForeignKeysBeforeTheConstraintsAndIndexesTheyMayNeed() {
        Change pkey = new DropConstraint(t, primaryKey("t_pkey", "id"));
        Change index = new DropIndex(t, index("t_idx", "t", "a"));
        Change fkey = new DropConstraint(t, foreignKey("t_fkey", "a", "u", "id", ""));

        assertThat(StatementOrder.order(List.of(pkey, index, fkey))).containsExactly(fkey, pkey, index);
    }

    @Test
    void dropsAnIdentityBeforeDroppingNotNull() {
        Change nullable = new AlterColumnNullability(t, "id", false);
        Change identity = new AlterColumnIdentity(t, "id", Identity.ALWAYS, Identity.NONE);

        assertThat(StatementOrder.order(List.of(nullable, identity))).containsExactly(identity, nullable);
    }

    @Test
    void dropsAnIdentityBeforeTheTypeChangesAndAddsItAfter() {
        Change toSerial = new AlterColumnType(t, column("id", "integer").build(), column("id", "serial").build());
        Change noIdentity = new AlterColumnIdentity(t, "id", Identity.ALWAYS, Identity.NONE);
        Change fromSerial = new AlterColumnType(t, column("id", "serial").build(), column("id", "integer").build());
        Change identity = new AlterColumnIdentity(t, "id", Identity.NONE, Identity.ALWAYS);

        assertThat(StatementOrder.order(List.of(toSerial, noIdentity))).containsExactly(noIdentity, toSerial);
        assertThat(StatementOrder.order(List.of(identity, fromSerial))).containsExactly(fromSerial, identity);
    }

    @Test
    void addsAnIdentityAfterSettingNotNull() {
        Change identity = new AlterColumnIdentity(t, "id", Identity.NONE, Identity.BY_DEFAULT);
        Change notNull = new AlterColumnNullability(t, "id", true);

        assertThat(StatementOrder.order(List.of(identity, notNull))).containsExactly(notNull, identity);
    }

    @Test
    void addsPrimaryKeysThenOtherConstraintsThenIndexesThenForeignKeys() {
        Change fkey = new AddConstraint(t, foreignKey("t_fkey", "a", "u", "id", ""));
        Change index = new CreateIndex(t, index("t_idx", "t", "a"));
        Change uniqueA = new AddConstraint(t, unique("t_a_key", "a"));
        Change pkey = new AddConstraint(t, primaryKey("t_pkey", "id"));

        assertThat(StatementOrder.order(List.of(fkey, index, uniqueA, pkey))).containsExactly(pkey, uniqueA, index, fkey);
    }

    @Test
    void createsTypesBeforeTablesAndDropsThemAfter() {
        Change table = new CreateTable(table("t").with(column("m", "public.mood")).build());
        Change enumType = new CreateEnum(enumType("mood", "a"));
        Change counter = new CreateSequence(sequence("counter"));
        Change schema = new CreateSchema("app");
        Change oldTable = new DropTable(table("old").build());
        Change oldEnum = new DropEnum(enumType("old_mood", "a"));
        Change oldSchema = new DropSchema("legacy");

        assertThat(StatementOrder.order(List.of(oldSchema, oldEnum, oldTable, table, enumType, counter, schema)))
                .containsExactly(schema, enumType, counter, oldTable, table, oldEnum, oldSchema);
    }

    @Test
    void changesColumnsTypeThenDefaultThenNullability() {
        Change notNull = new AlterColumnNullability(t, "a", true);
        Change defaults = new AlterColumnDefault(t, "b", null, "0");
        Change type = new AlterColumnType(t, column("c", "integer").build(), column("c", "bigint").build());
        Change add = new AddColumn(t, column("d", "text").build());

        assertThat(StatementOrder.order(List.of(notNull, defaults, type, add))).containsExactly(add, type, defaults, notNull);
    }

    @Test
    void releasesADefaultBeforeTheRoutinesAreDroppedAndSetsItAgainOnceTheyAreCreatedAndGone() {
        Routine recreated = DatabaseObjects.function("next_code", "");
        Routine readsTables = new Routine(recreated.name(), "", false, "text", recreated.definition(), true);
        Change release = new RebindColumnDefault(t, "code", "public.next_code()", null);
        Change drop = new DropRoutine(recreated);
        Change rename = new RenameTable(t, name("u"));
        Change type = new AlterColumnType(name("u"), column("n", "integer").build(), column("n", "bigint").build());
        Change create = new CreateRoutine(readsTables);
        Change dropForGood = new DropRoutine(DatabaseObjects.function("old_code", "integer"));
        Change restore = new RebindColumnDefault(name("u"), "code", null, "public.next_code()");

        assertThat(StatementOrder.order(List.of(restore, dropForGood, create, type, rename, drop, release)))
                .containsExactly(release, drop, rename, type, create, dropForGood, restore);
    }

    @Test
    void dropsAColumnBeforeAddingOneOfTheSameName() {
        Column from = column("total", "integer").generated("(a + b)").build();
        Column to = column("total", "integer").generated("(a * b)").build();
        Change drop = new DropColumn(t, from);
        Change add = new AddColumn(t, to);

        assertThat(StatementOrder.order(List.of(drop, add))).containsExactly(drop, add);
        assertThat(StatementOrder.order(List.of(add.reverse(), drop.reverse()))).containsExactly(add.reverse(), drop.reverse());
    }

    @Test
    void dropsColumnsAndTablesThatUseAnEnumBeforeItIsRecreated() {
        Change recreate = new RecreateEnum(enumType("mood", "a", "b"), enumType("mood", "a"), List.of());
        Change dropColumn = new DropColumn(t, column("m", "public.mood").build());
        Change dropTable = new DropTable(table("old").with(column("m", "public.mood")).build());

        assertThat(StatementOrder.order(List.of(recreate, dropColumn, dropTable))).containsExactly(dropColumn, dropTable,
                recreate);
    }

    @Test
    void retypesAColumnAwayFromAnEnumBeforeTheEnumIsRecreatedAndToAnEnumAfter() {
        Change recreate = new RecreateEnum(enumType("mood", "a", "b"), enumType("mood", "a"), List.of());
        Change leaving = new AlterColumnType(t, column("m", "public.mood").build(), column("m", "text").build());
        Change joining = new AlterColumnType(t, column("n", "text").build(), column("n", "public.mood").build());

        assertThat(StatementOrder.order(List.of(joining, recreate, leaving))).containsExactly(leaving, recreate, joining);
    }

    @Test
    void dropsAGeneratedColumnBeforeTheColumnsItIsComputedFrom() {
        Change base = new DropColumn(t, column("a", "integer").build());
        Change generated = new DropColumn(t, column("twice", "integer").generated("(a * 2)").build());

        assertThat(StatementOrder.order(List.of(base, generated))).containsExactly(generated, base);
    }

    @Test
    void dropsDependentsUnderTheOldNamesBeforeTheRenamesAndAddsAfter() {
        Change dropCheck = new DropConstraint(name("users"), check("c", "(n > 0)", "n"));
        Change renameTable = new RenameTable(name("users"), name("people"));
        Change renameColumn = new RenameColumn(name("people"), "name", "full_name");
        Change relax = new AlterRowSecurity(name("users"), true, false, false, false);
        Change addCheck = new AddConstraint(name("people"), check("c", "(n > 1)", "n"));

        assertThat(StatementOrder.order(List.of(addCheck, relax, dropCheck, renameColumn, renameTable)))
                .containsExactly(relax, dropCheck, renameTable, renameColumn, addCheck);
    }

    @Test
    void relaxesRowSecurityBeforeDropsAndEnablesItAfterTheTablesAreBuilt() {
        Change disable = new AlterRowSecurity(t, true, true, false, false);
        Change unforce = new AlterRowSecurity(t, true, true, true, false);
        Change enable = new AlterRowSecurity(t, false, false, true, false);
        Change force = new AlterRowSecurity(t, true, false, true, true);
        Change table = new CreateTable(table("u").build());
        Change fkey = new DropConstraint(t, foreignKey("t_fkey", "a", "u", "id", ""));

        assertThat(StatementOrder.order(List.of(enable, force, table, fkey, disable, unforce)))
                .containsExactly(disable, unforce, fkey, table, enable, force);
    }

    @Test
    void dropsViewsBeforeTheViewsTheyReadAndCreatesThemAfter() {
        View base = view("base", "t");
        View middle = view("middle", "base");
        View top = view("top", "middle", "t");

        assertThat(StatementOrder.order(List.of(new CreateView(base), new DropView(top), new CreateView(middle),
                new DropView(middle), new CreateView(top))))
                .containsExactly(new DropView(top), new DropView(middle), new CreateView(base), new CreateView(middle),
                        new CreateView(top));
        assertThat(StatementOrder.order(List.of(new CreateView(top), new DropView(middle), new CreateView(middle),
                new DropView(top), new CreateView(base))))
                .containsExactly(new DropView(top), new DropView(middle), new CreateView(base), new CreateView(middle),
                        new CreateView(top));
    }

    @Test
    void aCommentTakenOffADroppedObjectGoesFirstAndDefaultPrivilegesFollowTheSchemas() {
        Change off = new SetComment("SCHEMA", "app", "x", null, true);
        Change drop = new DropTable(table("t").build());
        Change schema = new dev.strata.schema.ops.NamespaceChange.CreateSchema("app");
        Change defaults = new dev.strata.schema.ops.AccessChange.AlterDefaultPrivilege(
                new dev.strata.schema.model.DefaultPrivilege("postgres", "app", "TABLES", "anon", "SELECT", false, false),
                true);
        Change enumType = new CreateEnum(new dev.strata.schema.model.EnumType(name("mood"), List.of("a"), null));

        assertThat(StatementOrder.order(List.of(enumType, defaults, drop, schema, off)))
                .containsExactly(off, schema, defaults, enumType, drop);
    }

    @Test
    void commentsComeLast() {
        Change comment = new SetComment("TABLE", "public.t", null, "x");
        Change table = new CreateTable(table("t").build());
        Change fkey = new AddConstraint(t, foreignKey("t_fkey", "a", "u", "id", ""));
        Change view = new CreateView(view("v", "t"));

        assertThat(StatementOrder.order(List.of(comment, view, fkey, table))).containsExactly(table, fkey, view, comment);
    }

    @Test
    void keepsTheGivenOrderWithinAPhase() {
        List<Change> adds = List.of(new AddColumn(t, column("b", "text").build()), new CreateTable(table("z").build()),
                new AddColumn(t, column("a", "text").build()), new CreateTable(table("a").build()));

        assertThat(StatementOrder.order(adds)).isEqualTo(adds);
        assertThat(StatementOrder.order(adds.reversed())).isEqualTo(adds.reversed());
    }

    private static View view(String name, String... reads) {
        return new View(name(name), false, "SELECT 1", List.of(),
                java.util.Arrays.stream(reads).map(dev.strata.schema.Schemas::name).toList(), null);
    }
}
