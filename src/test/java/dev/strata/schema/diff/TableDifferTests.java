package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.Rename;
import dev.strata.schema.RenameHint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DropTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TableDifferTests {

    private final Table users = table("users").with(column("id", "integer"), column("name", "text")).build();
    private final Table people = table("people").with(column("name", "text"), column("id", "integer")).build();

    @Test
    void pairsTablesByNameInNameOrder() {
        List<TablePair> pairs = TableDiffer.pairs(tables(users, table("a").build()), tables(people, users));

        assertThat(pairs).extracting(TablePair::name).extracting(QualifiedName::toString)
                .containsExactly("public.a", "public.people", "public.users");
        assertThat(pairs.get(0).to()).isNull();
        assertThat(pairs.get(1).from()).isNull();
        assertThat(pairs.get(2).from()).isEqualTo(pairs.get(2).to());
    }

    @Test
    void createsAndDropsTablesOnlyOneSideHas() {
        assertThat(TableDiffer.diff(new TablePair(null, users), Map.of(), Map.of()))
                .containsExactly(new CreateTable(users));
        assertThat(TableDiffer.diff(new TablePair(users, null), Map.of(), Map.of()))
                .containsExactly(new DropTable(users));
        assertThat(TableDiffer.diff(new TablePair(users, users), Map.of(), Map.of())).isEmpty();
    }

    @Test
    void hintsAtATableRenameWhenADroppedAndACreatedTableHaveTheSameColumns() {
        assertThat(hints(tables(users), tables(people))).containsExactly(
                new RenameHint(new Rename(name("users"), null, "people"), null));
    }

    @Test
    void hintsWithSchemaQualifiedNamesOutsidePublic() {
        Table old = table("app.a").with(column("id", "integer")).build();
        Table renamed = table("app.b").with(column("id", "integer")).build();

        assertThat(hints(tables(old), tables(renamed))).containsExactly(
                new RenameHint(new Rename(name("app.a"), null, "b"), null));
    }

    @Test
    void doesNotHintAtATableRenameAcrossSchemasOrWithOtherColumns() {
        Table elsewhere = table("app.people").with(column("id", "integer"), column("name", "text")).build();
        Table wider = table("people").with(column("id", "bigint"), column("name", "text")).build();

        assertThat(hints(tables(users), tables(elsewhere))).isEmpty();
        assertThat(hints(tables(users), tables(wider))).isEmpty();
    }

    @Test
    void hintsAtAColumnRenameWhenADroppedAndAnAddedColumnHaveOneType() {
        Table renamed = table("users").with(column("id", "integer"), column("full_name", "text")).build();

        assertThat(hints(tables(users), tables(renamed))).containsExactly(
                new RenameHint(new Rename(name("users"), "name", "full_name"), "text"));
    }

    @Test
    void pairsEachAddedColumnWithOneDroppedColumnAtMost() {
        Table from = table("app.t").with(column("a", "text"), column("b", "text")).build();
        Table to = table("app.t").with(column("c", "text"), column("d", "integer")).build();

        assertThat(hints(tables(from), tables(to))).containsExactly(
                new RenameHint(new Rename(name("app.t"), "a", "c"), "text"));
    }

    private static List<RenameHint> hints(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to) {
        return TableDiffer.renameHints(TableDiffer.pairs(from, to));
    }

    private static Map<QualifiedName, Table> tables(Table... tables) {
        Map<QualifiedName, Table> map = new TreeMap<>();
        for (Table table : tables) {
            map.put(table.name(), table);
        }
        return map;
    }
}
