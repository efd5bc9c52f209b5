package dev.strata.schema.lint;

import static dev.strata.schema.HazardKind.DELETES_DATA;
import static dev.strata.schema.HazardKind.FAILS_ON_EXISTING_ROWS;
import static dev.strata.schema.HazardKind.INDEX_BUILD;
import static dev.strata.schema.HazardKind.TABLE_REWRITE;
import static dev.strata.schema.Schemas.check;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.model;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.primaryKey;
import static dev.strata.schema.Schemas.table;
import static dev.strata.schema.Schemas.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.Hazard;
import dev.strata.schema.Schemas.ColumnBuilder;
import dev.strata.schema.model.Column.Identity;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange.DropColumn;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DropTable;
import dev.strata.schema.ops.TableChange.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintTests {

    private final QualifiedName users = name("users");
    private final QualifiedName fresh = name("fresh");
    private final SchemaModel from = model().with(table("users").with(column("id", "integer"))).build();

    @Test
    void flagsDestructiveChangesAsNeedingUnsafe() {
        Change dropTable = new DropTable(table("users").build());
        Change dropColumn = new DropColumn(users, column("id", "integer").build());
        Change narrow = new AlterColumnType(users, column("n", "bigint").build(), column("n", "integer").build());

        assertThat(lint(dropTable, dropColumn, narrow)).containsExactly(
                new Hazard(DELETES_DATA, dropTable, "can lose data; it needs --unsafe"),
                new Hazard(DELETES_DATA, dropColumn, "can lose data; it needs --unsafe"),
                new Hazard(DELETES_DATA, narrow, "can lose data; it needs --unsafe"));
    }

    @Test
    void flagsANotNullColumnWithoutADefaultAddedToAnExistingTable() {
        Change add = new AddColumn(users, column("email", "text").notNull().build());

        assertThat(lint(add)).containsExactly(new Hazard(FAILS_ON_EXISTING_ROWS, add, "is NOT NULL without a default: "
                + "it fails if the table has rows; add a default, or add it nullable, backfill, then set NOT NULL"));
    }

    @Test
    void doesNotFlagNotNullColumnsThatFillThemselves() {
        assertThat(lint(add(column("a", "text").notNull().defaultsTo("''::text")),
                add(column("b", "bigint").notNull().identity(Identity.ALWAYS)),
                add(column("c", "integer").notNull().generated("(id * 2)")),
                add(column("d", "serial").notNull()), add(column("e", "bigserial").notNull()),
                add(column("f", "text")))).isEmpty();
    }

    @Test
    void flagsSettingNotNullOnAnExistingTableButNotDroppingIt() {
        Change notNull = new AlterColumnNullability(users, "id", true);

        assertThat(lint(notNull)).containsExactly(
                new Hazard(FAILS_ON_EXISTING_ROWS, notNull, "fails if any row holds NULL; backfill first"));
        assertThat(lint(new AlterColumnNullability(users, "id", false))).isEmpty();
    }

    @Test
    void flagsConstraintsThatExistingRowsMayViolate() {
        Change unique = new AddConstraint(users, unique("users_id_key", "id"));
        Change pkey = new AddConstraint(users, primaryKey("users_pkey", "id"));
        Change check = new AddConstraint(users, check("positive", "(id > 0)", "id"));
        Change fkey = new AddConstraint(users, foreignKey("users_org_fkey", "org_id", "orgs", "id", ""));
        String indexed = "fails if existing rows violate it, and blocks writes while its index builds";
        String validated = "fails if existing rows violate it; on a large table add it NOT VALID and VALIDATE "
                + "CONSTRAINT in a later migration";

        assertThat(lint(unique, pkey, check, fkey)).containsExactly(new Hazard(FAILS_ON_EXISTING_ROWS, unique, indexed),
                new Hazard(FAILS_ON_EXISTING_ROWS, pkey, indexed), new Hazard(FAILS_ON_EXISTING_ROWS, check, validated),
                new Hazard(FAILS_ON_EXISTING_ROWS, fkey, validated));
    }

    @Test
    void flagsIndexesBuiltOnExistingTables() {
        Index unique = new Index("users_email_key", "CREATE UNIQUE INDEX users_email_key ON public.users USING btree "
                + "(email)", true);

        Change plain = new CreateIndex(users, index("users_id_idx", "users", "id"));
        Change uniquely = new CreateIndex(users, unique);
        String advice = "blocks writes while it builds; on a large table build it with CREATE INDEX CONCURRENTLY in a "
                + "migration of its own";

        assertThat(lint(plain, uniquely)).containsExactly(new Hazard(INDEX_BUILD, plain, advice),
                new Hazard(INDEX_BUILD, uniquely, advice + "; it fails if existing rows hold duplicates"));
    }

    @Test
    void flagsTypeChangesThatRewriteTheTable() {
        assertThat(lint(retype("integer", "bigint"), retype("character varying(10)", "character varying(20)"),
                retype("character varying(10)", "text"), retype("character varying(10)", "character varying")))
                .containsExactly(new Hazard(TABLE_REWRITE, retype("integer", "bigint"),
                        "rewrites the table under an ACCESS EXCLUSIVE lock"));
    }

    @Test
    void neverFlagsWhatHappensToANewTable() {
        Constraint pkey = primaryKey("fresh_pkey", "id");

        assertThat(lint(new CreateTable(table("fresh").with(column("id", "integer").notNull()).build()),
                new AddColumn(fresh, column("email", "text").notNull().build()),
                new AlterColumnNullability(fresh, "id", true), new AddConstraint(fresh, pkey),
                new AddConstraint(fresh, foreignKey("fresh_fkey", "id", "users", "id", "")),
                new CreateIndex(fresh, index("fresh_idx", "fresh", "id")))).isEmpty();
    }

    @Test
    void treatsARenamedTableAsTheExistingTableItIs() {
        QualifiedName people = name("people");

        Change add = new AddColumn(people, column("email", "text").notNull().build());
        Change index = new CreateIndex(people, index("people_idx", "people", "id"));

        assertThat(lint(new RenameTable(users, people), add, index)).extracting(Hazard::change)
                .containsExactly(add, index);
    }

    private List<Hazard> lint(Change... changes) {
        return Lint.check(List.of(changes), from);
    }

    private Change add(ColumnBuilder column) {
        return new AddColumn(users, column.build());
    }

    private Change retype(String from, String to) {
        return new AlterColumnType(users, column("n", from).build(), column("n", to).build());
    }
}
