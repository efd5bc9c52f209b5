package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.SchemaModel;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The online plan on real databases: its statements, and its convergence: the up script leaves
 * nothing to diff against the target, the down script nothing against the start, with every
 * temporary name renamed back and every helper dropped.
 */
@ExtendWith(TestEnvironment.class)
class OnlineScriptTests {

    private static final String START = """
            CREATE TABLE public.owners (id integer PRIMARY KEY);
            INSERT INTO public.owners SELECT g FROM generate_series(1, 10) g;
            CREATE TABLE public.items (
                id integer PRIMARY KEY,
                owner_id integer,
                amount integer NOT NULL DEFAULT 0,
                note text,
                code integer
            );
            COMMENT ON COLUMN public.items.amount IS 'in cents';
            CREATE INDEX items_note ON public.items (note);
            INSERT INTO public.items SELECT g, g % 10 + 1, g, 'n' || g, g FROM generate_series(1, 5000) g;
            """;

    private static final String TARGET = """
            CREATE TABLE public.owners (id integer PRIMARY KEY);
            CREATE TABLE public.items (
                id integer PRIMARY KEY,
                owner_id integer REFERENCES public.owners (id),
                amount bigint NOT NULL DEFAULT 0 CHECK (amount >= 0),
                note text NOT NULL,
                code integer
            );
            COMMENT ON COLUMN public.items.amount IS 'in cents';
            CREATE INDEX items_note ON public.items (note, code);
            CREATE INDEX items_code ON public.items (code);
            CREATE TABLE public.fresh (id integer PRIMARY KEY);
            CREATE INDEX fresh_id ON public.fresh (id);
            """;

    private final TestDatabase live = TestEnvironment.createDatabase();
    private final TestDatabase wanted = TestEnvironment.createDatabase();

    @AfterEach
    void drop() {
        TestEnvironment.dropDatabase(live);
        TestEnvironment.dropDatabase(wanted);
    }

    @Test
    void theOnlinePlanBoundsEveryStatementAndConvergesBothWays() throws SQLException {
        live.execute(START);
        wanted.execute(TARGET);
        SchemaModel start = inspect(live);
        SchemaModel target = inspect(wanted);
        DiffResult diff = compare(start, target, new DiffOptions(List.of(), OnlineOptions.defaults(), Map.of()));

        List<String> up = diff.up().statements();
        assertThat(diff.up().transactional()).isFalse();
        for (int i = 0; i < up.size() - 2; i += 3) {
            assertThat(up.get(i)).isEqualTo("SET lock_timeout = '3s'");
            assertThat(up.get(i + 1)).startsWith("SET statement_timeout = ");
        }
        assertThat(up).contains("CREATE INDEX CONCURRENTLY items_code ON public.items USING btree (code)",
                "CREATE INDEX CONCURRENTLY items_note_strata_new ON public.items USING btree (note, code)",
                "DROP INDEX CONCURRENTLY public.items_note",
                "ALTER INDEX public.items_note_strata_new RENAME TO items_note",
                "ALTER TABLE public.items ADD CONSTRAINT items_owner_id_fkey FOREIGN KEY (owner_id) "
                        + "REFERENCES public.owners(id) NOT VALID",
                "ALTER TABLE public.items VALIDATE CONSTRAINT items_owner_id_fkey",
                "ALTER TABLE public.items ALTER COLUMN note SET NOT NULL",
                // a new table's index is built plainly: nobody uses it yet
                "CREATE INDEX fresh_id ON public.fresh USING btree (id)");
        assertThat(up.get(up.indexOf("ALTER TABLE public.items VALIDATE CONSTRAINT items_owner_id_fkey") - 1))
                .isEqualTo("SET statement_timeout = '20min'");
        assertThat(up).anyMatch(s -> s.startsWith("ALTER TABLE public.items ADD CONSTRAINT items_note_not_null_strata "
                + "CHECK (note IS NOT NULL) NOT VALID"));
        assertThat(up).anyMatch(s -> s.startsWith("DO $strata$") && s.contains("COMMIT;"));
        assertThat(up).anyMatch(s -> s.contains("RENAME COLUMN amount_strata_new TO amount"));
        assertThat(diff.upPlan()).anyMatch(line -> line.startsWith("alter column public.items.amount type integer -> "
                + "bigint, online: 1. add column amount_strata_new bigint"));
        assertThat(diff.hazards()).noneMatch(h -> h.kind() == HazardKind.ACQUIRES_SHARE_LOCK
                || h.kind() == HazardKind.ACQUIRES_ACCESS_EXCLUSIVE_LOCK
                || h.kind() == HazardKind.ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK);
        assertThat(diff.hazards()).anyMatch(h -> h.kind() == HazardKind.INDEX_BUILD);

        run(live, diff.up());
        assertThat(compare(inspect(live), target, DiffOptions.none()).changes()).isEmpty();
        assertThat(live.column("SELECT count(*) FROM public.items WHERE amount = id")).containsExactly("5000");
        assertThat(live.column("SELECT count(*) FROM pg_proc WHERE proname LIKE '%strata%'")).containsExactly("0");
        run(live, diff.down());
        assertThat(compare(inspect(live), start, DiffOptions.none()).changes()).isEmpty();
        assertThat(live.column("SELECT count(*) FROM public.items WHERE amount = id")).containsExactly("5000");
    }

    @Test
    void aTypeChangeOfAnIndexedColumnIsNotPlannedOnlineAndSaysWhy() throws SQLException {
        live.execute("CREATE TABLE public.t (a integer); CREATE INDEX t_a ON public.t (a)");
        wanted.execute("CREATE TABLE public.t (a bigint); CREATE INDEX t_a ON public.t (a)");
        SchemaModel start = inspect(live);
        DiffResult diff = compare(start, inspect(wanted), new DiffOptions(List.of(), OnlineOptions.defaults(),
                Map.of(new dev.strata.schema.model.QualifiedName("public", "t"), new TableSize(1_000_000, 36L << 20))));

        assertThat(diff.up().statements()).contains("ALTER TABLE public.t ALTER COLUMN a TYPE bigint USING a::bigint");
        assertThat(diff.up().transactional()).isTrue();
        assertThat(diff.upPlan()).containsExactly("alter column public.t.a type integer -> bigint: rewritten in place "
                + "under an ACCESS EXCLUSIVE lock, not planned online: index t_a uses it");
        assertThat(diff.hazards()).filteredOn(h -> h.kind() == HazardKind.ACQUIRES_ACCESS_EXCLUSIVE_LOCK)
                .singleElement().extracting(Hazard::why).isEqualTo("rewrites the table under an ACCESS EXCLUSIVE lock "
                        + "(public.t: about 1000000 rows, 36 MB (pg_class)); not planned online: index t_a uses it");
    }

    private static DiffResult compare(SchemaModel from, SchemaModel to, DiffOptions options) {
        return SchemaDiff.compare(from, to, options);
    }

    private static SchemaModel inspect(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaDiff.inspect(connection, SchemaFilter.all());
        }
    }

    /** As a migration runs it: in one transaction when it can, else each statement committed by itself. */
    static void run(TestDatabase database, Script script) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!script.transactional());
            for (String sql : script.statements()) {
                statement.execute(sql);
            }
            if (script.transactional()) {
                connection.commit();
            }
        }
    }
}
