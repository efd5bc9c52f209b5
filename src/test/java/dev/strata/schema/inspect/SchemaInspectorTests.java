package dev.strata.schema.inspect;

import static dev.strata.schema.Schemas.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.SchemaFilter;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.CommentTarget;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.Extension;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Enums, sequences, extensions and which schemas are read, from real PostgreSQL; each test has a schema of its own. */
class SchemaInspectorTests {

    @RegisterExtension
    static final InspectedDatabase database = new InspectedDatabase();

    @Test
    void readsEnumLabelsInSortOrderWithTheComment() {
        database.run("CREATE SCHEMA enums", "CREATE TYPE enums.mood AS ENUM ('sad', 'happy')",
                "ALTER TYPE enums.mood ADD VALUE 'ok' BEFORE 'happy'", "ALTER TYPE enums.mood ADD VALUE 'awful' BEFORE 'sad'",
                "COMMENT ON TYPE enums.mood IS 'how it feels'", "CREATE TYPE enums.\"Level\" AS ENUM ('it''s', 'Low')");

        assertThat(database.inspect("enums").enums().values()).containsExactly(
                new EnumType(new QualifiedName("enums", "Level"), List.of("it's", "Low"), null),
                new EnumType(new QualifiedName("enums", "mood"), List.of("awful", "sad", "ok", "happy"), "how it feels"));
    }

    @Test
    void givesAViewItsTriggersAndAMaterializedViewItsIndexesAndCountsNeitherAsNotCompared() {
        database.run("CREATE SCHEMA kids", "CREATE TABLE kids.t (id integer PRIMARY KEY)",
                "CREATE VIEW kids.v AS SELECT id FROM kids.t",
                "CREATE FUNCTION kids.f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER v_insert INSTEAD OF INSERT ON kids.v FOR EACH ROW EXECUTE FUNCTION kids.f()",
                "CREATE MATERIALIZED VIEW kids.m AS SELECT id FROM kids.t",
                "CREATE UNIQUE INDEX m_id ON kids.m (id)", "COMMENT ON INDEX kids.m_id IS 'for refreshes'");

        SchemaModel model = database.inspect("kids");

        View view = model.views().get(new QualifiedName("kids", "v"));
        assertThat(view.triggers()).extracting(Trigger::name).containsExactly("v_insert");
        assertThat(model.views().get(new QualifiedName("kids", "m")).indexes())
                .containsExactly(new Index("m_id", "CREATE UNIQUE INDEX m_id ON kids.m USING btree (id)", true));
        assertThat(model.tables().get(new QualifiedName("kids", "t")).indexes()).isEmpty();
        assertThat(model.comments()).containsEntry(new CommentTarget("INDEX", "kids.m_id"), "for refreshes");
        assertThat(model.notCompared()).isEmpty();
    }

    @Test
    void readsStandaloneSequencesWithTheirParameters() {
        database.run("CREATE SCHEMA seqs", "CREATE SEQUENCE seqs.counter",
                "CREATE SEQUENCE seqs.ticket AS integer INCREMENT BY 5 MINVALUE 100 MAXVALUE 100000 START WITH 100 "
                        + "CACHE 20 CYCLE");

        assertThat(database.inspect("seqs").sequences().values()).containsExactly(
                new Sequence(new QualifiedName("seqs", "counter"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null),
                new Sequence(new QualifiedName("seqs", "ticket"), "integer", 100, 5, 100, 100_000, 20, true, null));
    }

    @Test
    void foldsASerialColumnsSequenceIntoTheColumn() {
        database.run("CREATE SCHEMA serials", "CREATE TABLE serials.t (a serial, b bigserial, c smallserial)");

        SchemaModel model = database.inspect("serials");

        assertThat(model.tables().get(new QualifiedName("serials", "t")).columns()).containsExactly(
                column("a", "serial").notNull().build(), column("b", "bigserial").notNull().build(),
                column("c", "smallserial").notNull().build());
        assertThat(model.sequences()).isEmpty();
    }

    @Test
    void foldsTheLongHandSpellingOfSerialTheSameWay() {
        database.run("CREATE SCHEMA longhand", "CREATE SEQUENCE longhand.t_id_seq AS integer",
                "CREATE TABLE longhand.t (id integer NOT NULL DEFAULT nextval('longhand.t_id_seq'))",
                "ALTER SEQUENCE longhand.t_id_seq OWNED BY longhand.t.id",
                "CREATE SCHEMA \"Long Hand\"", "CREATE SEQUENCE \"Long Hand\".\"T_id_seq\" AS bigint",
                "CREATE TABLE \"Long Hand\".\"T\" (id bigint NOT NULL DEFAULT nextval('\"Long Hand\".\"T_id_seq\"'))",
                "ALTER SEQUENCE \"Long Hand\".\"T_id_seq\" OWNED BY \"Long Hand\".\"T\".id");

        SchemaModel model = database.inspect("longhand", "Long Hand");

        assertThat(model.tables().get(new QualifiedName("longhand", "t")).columns())
                .containsExactly(column("id", "serial").notNull().build());
        assertThat(model.tables().get(new QualifiedName("Long Hand", "T")).columns())
                .containsExactly(column("id", "bigserial").notNull().build());
        assertThat(model.sequences()).isEmpty();
    }

    @Test
    void keepsASequenceThatIsNotExactlyWhatSerialCreates() {
        database.run("CREATE SCHEMA notserial", "CREATE TABLE notserial.t (id serial, n integer)",
                "ALTER SEQUENCE notserial.t_id_seq START WITH 1000", "CREATE SEQUENCE notserial.n_seq AS integer",
                "ALTER TABLE notserial.t ALTER COLUMN n SET DEFAULT nextval('notserial.n_seq')");

        SchemaModel model = database.inspect("notserial");

        assertThat(model.tables().get(new QualifiedName("notserial", "t")).columns()).extracting(Column::type,
                Column::defaultExpression).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("integer", "nextval('notserial.t_id_seq'::regclass)"),
                        org.assertj.core.groups.Tuple.tuple("integer", "nextval('notserial.n_seq'::regclass)"));
        assertThat(model.sequences().keySet()).extracting(QualifiedName::name).containsExactly("n_seq", "t_id_seq");
        assertThat(model.sequences().get(new QualifiedName("notserial", "t_id_seq")).ownedBy()).isEqualTo("notserial.t.id");
    }

    @Test
    void leavesIdentitySequencesToTheirColumn() {
        database.run("CREATE SCHEMA ident", "CREATE TABLE ident.t (id bigint GENERATED ALWAYS AS IDENTITY)");

        assertThat(database.inspect("ident").sequences()).isEmpty();
    }

    @Test
    void readsExtensionsInstalledIntoTheComparedSchemasButNotTheirTypes() {
        database.run("CREATE SCHEMA ext", "CREATE EXTENSION citext WITH SCHEMA ext",
                "CREATE TABLE ext.t (email ext.citext)");

        SchemaModel model = database.inspect("ext");

        assertThat(model.extensions()).containsOnlyKeys("citext");
        assertThat(model.extensions().get("citext")).extracting(Extension::name, Extension::schema)
                .containsExactly("citext", "ext");
        assertThat(model.extensions().get("citext").version()).matches("\\d+\\.\\d+");
        assertThat(model.enums()).isEmpty();
        assertThat(model.tables().get(new QualifiedName("ext", "t")).columns()).extracting(Column::type)
                .containsExactly("ext.citext");
        assertThat(database.inspect("public").extensions()).isEmpty();
    }

    @Test
    void neverReadsSupabaseOrPostgresSchemasEvenWhenNamed() {
        for (String schema : List.of("auth", "storage", "realtime", "extensions", "graphql", "vault", "supabase_migrations")) {
            database.run("CREATE SCHEMA IF NOT EXISTS " + schema, "CREATE TABLE " + schema + ".t (id integer)");
        }

        SchemaModel all = database.inspect(SchemaFilter.all());
        SchemaModel named = database.inspect("auth", "storage", "pg_catalog", "information_schema");

        assertThat(all.schemas()).contains("public").doesNotContain("auth", "storage", "realtime", "extensions",
                "graphql", "vault", "supabase_migrations", "pg_catalog", "pg_toast", "information_schema");
        assertThat(all.tables().keySet()).extracting(QualifiedName::schema).doesNotContain("auth", "storage",
                "realtime", "extensions", "graphql", "vault", "supabase_migrations", "pg_catalog", "information_schema");
        assertThat(named.schemas()).isEmpty();
        assertThat(named.tables()).isEmpty();
    }

    @Test
    void neverReadsFlywaysHistoryTable() {
        database.run("CREATE SCHEMA history", "CREATE TABLE history.flyway_schema_history (installed_rank integer "
                + "PRIMARY KEY, version varchar(50), success boolean NOT NULL)",
                "CREATE INDEX flyway_schema_history_s_idx ON history.flyway_schema_history (success)",
                "CREATE TABLE history.kept (id integer)");

        assertThat(database.inspect("history").tables()).containsOnlyKeys(new QualifiedName("history", "kept"));
    }

    @Test
    void readsOnlyTheSchemasOfTheFilter() {
        database.run("CREATE SCHEMA only_a", "CREATE SCHEMA only_b", "CREATE TABLE only_a.t (id integer)",
                "CREATE TABLE only_b.t (id integer)", "CREATE TYPE only_b.mood AS ENUM ('x')",
                "CREATE SEQUENCE only_b.s");

        SchemaModel model = database.inspect("only_a");

        assertThat(model.schemas()).containsExactly("only_a");
        assertThat(model.tables()).containsOnlyKeys(new QualifiedName("only_a", "t"));
        assertThat(model.enums()).isEmpty();
        assertThat(model.sequences()).isEmpty();
        assertThat(database.inspect("only_a", "only_b", "missing").schemas()).containsExactly("only_a", "only_b");
    }
}
