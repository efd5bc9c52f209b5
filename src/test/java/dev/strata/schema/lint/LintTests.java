package dev.strata.schema.lint;

import static dev.strata.schema.HazardKind.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.strata.schema.HazardKind.ACQUIRES_SHARE_LOCK;
import static dev.strata.schema.HazardKind.ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK;
import static dev.strata.schema.HazardKind.AUTHZ_UPDATE;
import static dev.strata.schema.HazardKind.CORRECTNESS;
import static dev.strata.schema.HazardKind.DELETES_DATA;
import static dev.strata.schema.HazardKind.FAILS_ON_EXISTING_ROWS;
import static dev.strata.schema.HazardKind.HAS_UNTRACKABLE_DEPENDENCIES;
import static dev.strata.schema.HazardKind.IMPACTS_DATABASE_PERFORMANCE;
import static dev.strata.schema.HazardKind.INDEX_BUILD;
import static dev.strata.schema.HazardKind.INDEX_DROPPED;
import static dev.strata.schema.HazardKind.IS_USER_GENERATED;
import static dev.strata.schema.HazardKind.UPGRADING_EXTENSION_VERSION;
import static dev.strata.schema.Schemas.check;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.enumType;
import static dev.strata.schema.Schemas.foreignKey;
import static dev.strata.schema.Schemas.index;
import static dev.strata.schema.Schemas.model;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.primaryKey;
import static dev.strata.schema.Schemas.table;
import static dev.strata.schema.Schemas.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strata.schema.Hazard;
import dev.strata.schema.HazardKind;
import dev.strata.schema.Schemas.ColumnBuilder;
import dev.strata.schema.model.Column.Identity;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Extension;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.TableLayout;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.ops.AccessChange.AlterDefaultPrivilege;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RevokeCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ColumnChange.AddColumn;
import dev.strata.schema.ops.ColumnChange.AlterColumnNullability;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import dev.strata.schema.ops.ColumnChange.DropColumn;
import dev.strata.schema.ops.ColumnChange.RenameColumn;
import dev.strata.schema.ops.ConstraintChange.AddConstraint;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropConstraint;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.NamespaceChange.AlterExtension;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.ReplaceRoutine;
import dev.strata.schema.ops.TableChange.AlterStorage;
import dev.strata.schema.ops.TableChange.AttachPartition;
import dev.strata.schema.ops.TableChange.CreateTable;
import dev.strata.schema.ops.TableChange.DetachPartition;
import dev.strata.schema.ops.TableChange.DropTable;
import dev.strata.schema.ops.TableChange.Inherit;
import dev.strata.schema.ops.TableChange.NoInherit;
import dev.strata.schema.ops.TableChange.RenameTable;
import dev.strata.schema.ops.TypeChange.EnumUse;
import dev.strata.schema.ops.TypeChange.RecreateEnum;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each hazard kind: a change that raises it and a close one that must not. */
class LintTests {

    private final QualifiedName users = name("users");
    private final QualifiedName fresh = name("fresh");
    private final SchemaModel from = model().with(table("users").with(column("id", "integer")))
            .with(table("events_2025").with(column("id", "integer"))).build();

    @Test
    void deletesData() {
        Change dropTable = new DropTable(table("users").build());
        Change dropColumn = new DropColumn(users, column("id", "integer").build());
        Change narrow = new AlterColumnType(users, column("n", "bigint").build(), column("n", "integer").build());

        assertThat(kinds(dropTable)).containsExactly(DELETES_DATA);
        assertThat(kinds(dropColumn)).containsExactly(DELETES_DATA);
        assertThat(kinds(narrow)).containsExactly(DELETES_DATA, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(lint(dropColumn)).singleElement().extracting(Hazard::why, Hazard::whatToDo).containsExactly(
                "can lose data", "if that is intended pass --unsafe; if it is a rename pass --rename OLD=NEW");
        // A generated column's values come back from its expression; a rename keeps the values.
        assertThat(lint(new DropColumn(users, column("g", "integer").generated("(id * 2)").build()),
                new RenameColumn(users, "id", "key"))).isEmpty();
    }

    @Test
    void failsOnExistingRows() {
        Change add = new AddColumn(users, column("email", "text").notNull().build());

        assertThat(lint(add)).extracting(Hazard::kind, Hazard::why, Hazard::whatToDo).containsExactly(
                tuple(FAILS_ON_EXISTING_ROWS, "is NOT NULL without a default: it fails if the table has rows",
                        "add a default, or add it nullable, backfill, then set NOT NULL"));
        assertThat(kinds(new AlterColumnNullability(users, "id", true)))
                .containsExactly(FAILS_ON_EXISTING_ROWS, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(lint(add(column("a", "text").notNull().defaultsTo("''::text")), add(column("f", "text")),
                new AlterColumnNullability(users, "id", false))).isEmpty();
    }

    @Test
    void acquiresAccessExclusiveLock() {
        assertThat(kinds(retype("integer", "bigint"))).containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(kinds(new AddConstraint(users, check("positive", "(id > 0)", "id"))))
                .containsExactly(FAILS_ON_EXISTING_ROWS, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(kinds(add(column("u", "uuid").defaultsTo("gen_random_uuid()")))).containsExactly(
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(kinds(add(column("b", "bigint").notNull().identity(Identity.ALWAYS)), add(column("d", "serial")),
                add(column("c", "integer").generated("(id * 2)")))).containsOnly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(kinds(new AlterStorage(users, TableLayout.PLAIN, new TableLayout(true, List.of(), null, null, null,
                List.of())))).containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(kinds(new AttachPartition(name("events"), name("events_2025"), "FOR VALUES FROM (1) TO (2)")))
                .containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        // Catalog-only: a longer varchar, a constant default (PostgreSQL 11+ stores it once).
        assertThat(lint(retype("character varying(10)", "character varying(20)"),
                retype("character varying(10)", "text"), add(column("e", "integer").defaultsTo("0")),
                add(column("t", "timestamp with time zone").defaultsTo("now()")))).isEmpty();
    }

    @Test
    void acquiresShareLockAndBuildsAnIndex() {
        Index unique = new Index("users_email_key", "CREATE UNIQUE INDEX users_email_key ON public.users USING btree "
                + "(email)", true);

        assertThat(kinds(new CreateIndex(users, index("users_id_idx", "users", "id"))))
                .containsExactly(ACQUIRES_SHARE_LOCK, INDEX_BUILD);
        assertThat(kinds(new CreateIndex(users, unique)))
                .containsExactly(ACQUIRES_SHARE_LOCK, INDEX_BUILD, FAILS_ON_EXISTING_ROWS);
        assertThat(kinds(new AddConstraint(users, unique("users_id_key", "id")),
                new AddConstraint(users, primaryKey("users_pkey", "id")))).containsExactly(FAILS_ON_EXISTING_ROWS,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD, FAILS_ON_EXISTING_ROWS, ACQUIRES_ACCESS_EXCLUSIVE_LOCK,
                INDEX_BUILD);
        assertThat(lint(new CreateIndex(fresh, index("fresh_idx", "fresh", "id")))).isEmpty();
    }

    @Test
    void acquiresShareRowExclusiveLock() {
        Trigger audit = new Trigger(users, "audit", "CREATE TRIGGER audit AFTER INSERT ON public.users FOR EACH ROW "
                + "EXECUTE FUNCTION public.audit()");

        assertThat(kinds(new AddConstraint(users, foreignKey("users_org_fkey", "org_id", "orgs", "id", ""))))
                .containsExactly(FAILS_ON_EXISTING_ROWS, ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK);
        assertThat(kinds(new CreateTrigger(audit))).containsExactly(ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK);
        assertThat(lint(new CreateTrigger(new Trigger(fresh, "audit", "CREATE TRIGGER audit ...")))).isEmpty();
    }

    @Test
    void indexDroppedAndImpactsDatabasePerformance() {
        assertThat(kinds(new DropIndex(users, index("users_id_idx", "users", "id")))).containsExactly(INDEX_DROPPED);
        assertThat(kinds(new DropConstraint(users, unique("users_id_key", "id"))))
                .containsExactly(IMPACTS_DATABASE_PERFORMANCE);
        assertThat(kinds(new AlterStorage(users, TableLayout.PLAIN, new TableLayout(false, List.of("fillfactor=70"),
                null, null, null, List.of())))).containsExactly(IMPACTS_DATABASE_PERFORMANCE);
        // The index of a table dropped in the same script goes with it; a check has no index.
        assertThat(lint(new DropIndex(users, index("users_id_idx", "users", "id")), new DropTable(table("users").build()),
                new DropConstraint(name("events_2025"), check("positive", "(id > 0)", "id"))))
                .extracting(Hazard::kind).containsExactly(DELETES_DATA);
    }

    @Test
    void authzUpdate() {
        Grant select = new Grant(users, "reader", "SELECT", false);
        Policy own = new Policy(users, "own_rows", true, "SELECT", List.of("reader"), "(id = 1)", null);

        assertThat(kinds(new GrantPrivilege(select), new RevokePrivilege(select), new CreatePolicy(own),
                new AlterDefaultPrivilege(new DefaultPrivilege("postgres", "public", "TABLES", "reader", "SELECT", false, false),
                        true))).containsOnly(AUTHZ_UPDATE).hasSize(4);
        // A new table's grants and policies are part of creating it.
        assertThat(lint(new CreateTable(table("fresh").build()), new GrantPrivilege(new Grant(fresh, "reader", "SELECT",
                false)), new CreatePolicy(new Policy(fresh, "own_rows", true, "SELECT", List.of("reader"), "true", null)),
                new RevokeCreationGrant(new Grant(fresh, "PUBLIC", "SELECT", false)))).isEmpty();
    }

    @Test
    void correctness() {
        assertThat(kinds(new DetachPartition(name("events"), name("events_2025"), "FOR VALUES FROM (1) TO (2)")))
                .containsExactly(CORRECTNESS);
        assertThat(kinds(new NoInherit(name("events_2025"), users))).containsExactly(CORRECTNESS);
        EnumUse use = new EnumUse(users, "size", null, null, false);
        assertThat(kinds(new RecreateEnum(enumType("size", "small", "large", "medium"),
                enumType("size", "small", "medium", "large"), List.of(use))))
                .containsExactly(CORRECTNESS, ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        // A new bound (detached and attached again to the same parent) keeps the rows where they were.
        assertThat(kinds(new DetachPartition(name("events"), name("events_2025"), "FOR VALUES FROM (1) TO (2)"),
                new AttachPartition(name("events"), name("events_2025"), "FOR VALUES FROM (1) TO (3)")))
                .containsExactly(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        // A value removed is DELETES_DATA; inheriting adds rows to no query that did not ask for children.
        assertThat(kinds(new RecreateEnum(enumType("size", "small", "large"), enumType("size", "small"), List.of()),
                new Inherit(name("events_2025"), users))).containsExactly(DELETES_DATA);
    }

    @Test
    void hasUntrackableDependenciesAndIsUserGenerated() {
        Routine v1 = routine("SELECT 1");
        Routine v2 = routine("SELECT 2");

        assertThat(kinds(new DropRoutine(v1))).containsExactly(HAS_UNTRACKABLE_DEPENDENCIES);
        assertThat(kinds(new CreateRoutine(v1), new ReplaceRoutine(v1, v2)))
                .containsExactly(IS_USER_GENERATED, IS_USER_GENERATED);
        assertThat(lint(new CreateTable(table("fresh").with(column("id", "integer")).build()))).isEmpty();
    }

    @Test
    void upgradingExtensionVersion() {
        Extension old = new Extension("citext", "public", "1.5");

        assertThat(lint(new AlterExtension(old, new Extension("citext", "public", "1.6"))))
                .extracting(Hazard::kind, Hazard::why).containsExactly(tuple(UPGRADING_EXTENSION_VERSION,
                        "runs the extension's own upgrade script from 1.5 to 1.6"));
        assertThat(lint(new AlterExtension(old, new Extension("citext", "app", "1.5")))).isEmpty();
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
                .containsExactly(add, index, index);
    }

    @Test
    void onlyDeletesDataAndCorrectnessAndExtensionUpgradesNeedToBeAllowed() {
        assertThat(HazardKind.defaults()).doesNotContain(DELETES_DATA, CORRECTNESS, UPGRADING_EXTENSION_VERSION)
                .hasSize(HazardKind.values().length - 3);
        assertThat(HazardKind.parse("CORRECTNESS, INDEX_BUILD,")).containsExactly(CORRECTNESS, INDEX_BUILD);
    }

    private static Routine routine(String body) {
        return new Routine(name("answer"), "", false, "integer", "CREATE FUNCTION public.answer() RETURNS integer "
                + "LANGUAGE sql AS $$" + body + "$$", false);
    }

    private List<Hazard> lint(Change... changes) {
        return Lint.check(List.of(changes), from);
    }

    private List<HazardKind> kinds(Change... changes) {
        return lint(changes).stream().map(Hazard::kind).toList();
    }

    private Change add(ColumnBuilder column) {
        return new AddColumn(users, column.build());
    }

    private Change retype(String from, String to) {
        return new AlterColumnType(users, column("n", from).build(), column("n", to).build());
    }
}
