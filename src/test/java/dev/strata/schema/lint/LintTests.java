package dev.strata.schema.lint;

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
        assertThat(lint(new DropTable(table("users").build()), new DropColumn(users, column("id", "integer").build()),
                new AlterColumnType(users, column("n", "bigint").build(), column("n", "integer").build()))).containsExactly(
                "destructive: drop table public.users can lose data; it needs --unsafe",
                "destructive: drop column public.users.id can lose data; it needs --unsafe",
                "destructive: alter column public.users.n type bigint -> integer can lose data; it needs --unsafe");
    }

    @Test
    void flagsANotNullColumnWithoutADefaultAddedToAnExistingTable() {
        assertThat(lint(new AddColumn(users, column("email", "text").notNull().build()))).containsExactly(
                "data-dependent: add column public.users.email is NOT NULL without a default: it fails if the table has "
                        + "rows; add a default, or add it nullable, backfill, then set NOT NULL");
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
        assertThat(lint(new AlterColumnNullability(users, "id", true)))
                .containsExactly("data-dependent: set not null on public.users.id fails if any row holds NULL; backfill first");
        assertThat(lint(new AlterColumnNullability(users, "id", false))).isEmpty();
    }

    @Test
    void flagsConstraintsThatExistingRowsMayViolate() {
        assertThat(lint(new AddConstraint(users, unique("users_id_key", "id")),
                new AddConstraint(users, primaryKey("users_pkey", "id")),
                new AddConstraint(users, check("positive", "(id > 0)", "id")),
                new AddConstraint(users, foreignKey("users_org_fkey", "org_id", "orgs", "id", "")))).containsExactly(
                "data-dependent: add constraint users_id_key on public.users fails if existing rows violate it, and blocks "
                        + "writes while its index builds",
                "data-dependent: add constraint users_pkey on public.users fails if existing rows violate it, and blocks "
                        + "writes while its index builds",
                "data-dependent: add constraint positive on public.users fails if existing rows violate it; on a large "
                        + "table add it NOT VALID and VALIDATE CONSTRAINT in a later migration",
                "data-dependent: add constraint users_org_fkey on public.users fails if existing rows violate it; on a large "
                        + "table add it NOT VALID and VALIDATE CONSTRAINT in a later migration");
    }

    @Test
    void flagsIndexesBuiltOnExistingTables() {
        Index unique = new Index("users_email_key", "CREATE UNIQUE INDEX users_email_key ON public.users USING btree "
                + "(email)", true);

        assertThat(lint(new CreateIndex(users, index("users_id_idx", "users", "id")), new CreateIndex(users, unique)))
                .containsExactly("locking: create index users_id_idx on public.users blocks writes while it builds; on a "
                        + "large table build it with CREATE INDEX CONCURRENTLY in a migration of its own",
                        "locking: create index users_email_key on public.users blocks writes while it builds; on a large "
                                + "table build it with CREATE INDEX CONCURRENTLY in a migration of its own; it fails if "
                                + "existing rows hold duplicates");
    }

    @Test
    void flagsTypeChangesThatRewriteTheTable() {
        assertThat(lint(retype("integer", "bigint"), retype("character varying(10)", "character varying(20)"),
                retype("character varying(10)", "text"), retype("character varying(10)", "character varying")))
                .containsExactly("locking: alter column public.users.n type integer -> bigint rewrites the table under an "
                        + "ACCESS EXCLUSIVE lock");
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

        assertThat(lint(new RenameTable(users, people), new AddColumn(people, column("email", "text").notNull().build()),
                new CreateIndex(people, index("people_idx", "people", "id"))))
                .hasSize(2).allSatisfy(warning -> assertThat(warning).contains("public.people"));
    }

    private List<String> lint(Change... changes) {
        return Lint.check(List.of(changes), from);
    }

    private Change add(ColumnBuilder column) {
        return new AddColumn(users, column.build());
    }

    private Change retype(String from, String to) {
        return new AlterColumnType(users, column("n", from).build(), column("n", to).build());
    }
}
