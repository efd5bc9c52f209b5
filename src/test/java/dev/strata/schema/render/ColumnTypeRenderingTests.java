package dev.strata.schema.render;

import static dev.strata.schema.ChangeAssert.assertThatChange;
import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.name;

import dev.strata.schema.Schemas.ColumnBuilder;
import dev.strata.schema.ops.ColumnChange.AlterColumnType;
import org.junit.jupiter.api.Test;

/** ALTER COLUMN ... TYPE with the USING cast that carries the existing values over. */
class ColumnTypeRenderingTests {

    private static final String ALTER = "ALTER TABLE public.t ALTER COLUMN ";

    @Test
    void castsBuiltInTypesDirectly() {
        assertThatChange(retype(column("n", "integer"), column("n", "bigint")))
                .rendersAs(ALTER + "n TYPE bigint USING n::bigint");
        assertThatChange(retype(column("n", "text"), column("n", "integer")))
                .rendersAs(ALTER + "n TYPE integer USING n::integer");
        assertThatChange(retype(column("price", "numeric"), column("price", "numeric(10,2)")))
                .rendersAs(ALTER + "price TYPE numeric(10,2) USING price::numeric(10,2)");
        assertThatChange(retype(column("tags", "text[]"), column("tags", "character varying(20)[]")))
                .rendersAs(ALTER + "tags TYPE character varying(20)[] USING tags::character varying(20)[]");
    }

    @Test
    void convertsTimestampsAtUtcWhicheverWay() {
        assertThatChange(retype(column("at", "timestamp without time zone"), column("at", "timestamp with time zone")))
                .rendersAs(ALTER + "at TYPE timestamp with time zone USING at AT TIME ZONE 'UTC'");
        assertThatChange(retype(column("at", "timestamp with time zone"), column("at", "timestamp without time zone")))
                .rendersAs(ALTER + "at TYPE timestamp without time zone USING at AT TIME ZONE 'UTC'");
        assertThatChange(retype(column("at", "timestamp(3) without time zone"), column("at", "timestamp with time zone")))
                .rendersAs(ALTER + "at TYPE timestamp with time zone USING at AT TIME ZONE 'UTC'");
        assertThatChange(retype(column("at", "date"), column("at", "timestamp with time zone")))
                .rendersAs(ALTER + "at TYPE timestamp with time zone USING at::timestamp with time zone");
    }

    @Test
    void putsATimeOnTheCurrentDateForATimestampAndBack() {
        // No cast from time exists: the values take the date the migration runs on.
        assertThatChange(retype(column("at", "time without time zone"), column("at", "timestamp without time zone")))
                .rendersAs(ALTER + "at TYPE timestamp without time zone USING (current_date + at)");
        assertThatChange(retype(column("at", "time(3) without time zone"), column("at", "timestamp(3) with time zone")))
                .rendersAs(ALTER + "at TYPE timestamp(3) with time zone USING (current_date + at) AT TIME ZONE 'UTC'");
        assertThatChange(retype(column("at", "timestamp with time zone"), column("at", "time without time zone")))
                .rendersAs(ALTER + "at TYPE time without time zone USING (at AT TIME ZONE 'UTC')::time without time zone");
        assertThatChange(retype(column("at", "timestamp without time zone"), column("at", "time without time zone")))
                .rendersAs(ALTER + "at TYPE time without time zone USING at::time without time zone");
    }

    @Test
    void keepsTheInstantWhenOnlyTheTimestampPrecisionChanges() {
        // AT TIME ZONE would flip the kind, and the assignment back would apply the session's time zone.
        assertThatChange(retype(column("at", "timestamp(3) without time zone"), column("at", "timestamp without time zone")))
                .rendersAs(ALTER + "at TYPE timestamp without time zone USING at::timestamp without time zone");
        assertThatChange(retype(column("at", "timestamp with time zone"), column("at", "timestamp(0) with time zone")))
                .rendersAs(ALTER + "at TYPE timestamp(0) with time zone USING at::timestamp(0) with time zone");
    }

    @Test
    void castsEnumsThroughText() {
        assertThatChange(retype(column("mood", "text"), column("mood", "public.mood")))
                .rendersAs(ALTER + "mood TYPE public.mood USING mood::text::public.mood");
        assertThatChange(retype(column("mood", "public.mood"), column("mood", "text")))
                .rendersAs(ALTER + "mood TYPE text USING mood::text::text");
        assertThatChange(retype(column("mood", "public.mood"), column("mood", "app.\"Mood\"")))
                .rendersAs(ALTER + "mood TYPE app.\"Mood\" USING mood::text::app.\"Mood\"");
    }

    @Test
    void changesOnlyTheCollationWithoutACast() {
        assertThatChange(retype(column("s", "text"), column("s", "text").collate("C")))
                .rendersAs(ALTER + "s TYPE text COLLATE \"C\" USING s");
        assertThatChange(retype(column("s", "text").collate("C"), column("s", "text")))
                .rendersAs(ALTER + "s TYPE text USING s");
    }

    @Test
    void givesAColumnBecomingSerialASequenceThatContinuesAfterItsRows() {
        assertThatChange(retype(column("id", "integer").notNull(), column("id", "serial").notNull())).rendersAs(
                "CREATE SEQUENCE public.t_id_seq AS integer OWNED BY public.t.id",
                ALTER + "id SET DEFAULT nextval('public.t_id_seq'::regclass)",
                "SELECT setval(pg_get_serial_sequence('public.t', 'id'), COALESCE(max(id), 0) + 1, false) FROM public.t");
        assertThatChange(new AlterColumnType(name("App.T"), column("Id", "integer").build(),
                column("Id", "bigserial").build())).rendersAs(
                "ALTER TABLE \"App\".\"T\" ALTER COLUMN \"Id\" TYPE bigint USING \"Id\"::bigint",
                "CREATE SEQUENCE \"App\".\"T_Id_seq\" AS bigint OWNED BY \"App\".\"T\".\"Id\"",
                "ALTER TABLE \"App\".\"T\" ALTER COLUMN \"Id\" SET DEFAULT nextval('\"App\".\"T_Id_seq\"'::regclass)",
                "SELECT setval(pg_get_serial_sequence('\"App\".\"T\"', 'Id'), COALESCE(max(\"Id\"), 0) + 1, false) "
                        + "FROM \"App\".\"T\"");
    }

    @Test
    void dropsTheDefaultAndTheSequenceOfAColumnThatStopsBeingSerial() {
        assertThatChange(retype(column("id", "serial").notNull(), column("id", "integer").notNull())).rendersAs(
                ALTER + "id DROP DEFAULT",
                "DO $$ BEGIN EXECUTE 'DROP SEQUENCE ' || pg_get_serial_sequence('public.t', 'id'); END $$");
        assertThatChange(retype(column("id", "smallserial").notNull(), column("id", "bigint").defaultsTo("0"))).rendersAs(
                ALTER + "id DROP DEFAULT", ALTER + "id TYPE bigint USING id::bigint",
                "DO $$ BEGIN EXECUTE 'DROP SEQUENCE ' || pg_get_serial_sequence('public.t', 'id'); END $$",
                ALTER + "id SET DEFAULT 0");
    }

    @Test
    void retypesTheSequenceOfASerialColumnWithIt() {
        assertThatChange(retype(column("id", "serial").notNull(), column("id", "bigserial").notNull())).rendersAs(
                ALTER + "id TYPE bigint USING id::bigint",
                "DO $$ BEGIN EXECUTE 'ALTER SEQUENCE ' || pg_get_serial_sequence('public.t', 'id') || ' AS bigint'; END $$");
    }

    @Test
    void dropsTheOldDefaultBeforeTheCastAndSetsTheNewOneAfter() {
        assertThatChange(retype(column("n", "text").defaultsTo("'1'::text"), column("n", "integer").defaultsTo("1")))
                .rendersAs(ALTER + "n DROP DEFAULT", ALTER + "n TYPE integer USING n::integer", ALTER + "n SET DEFAULT 1");
        assertThatChange(retype(column("n", "integer"), column("n", "bigint").defaultsTo("0")))
                .rendersAs(ALTER + "n TYPE bigint USING n::bigint", ALTER + "n SET DEFAULT 0");
        assertThatChange(retype(column("n", "integer").defaultsTo("0"), column("n", "bigint")))
                .rendersAs(ALTER + "n DROP DEFAULT", ALTER + "n TYPE bigint USING n::bigint");
    }

    @Test
    void quotesTheColumnInTheCast() {
        assertThatChange(retype(column("Order", "integer"), column("Order", "bigint")))
                .rendersAs(ALTER + "\"Order\" TYPE bigint USING \"Order\"::bigint");
    }

    private static AlterColumnType retype(ColumnBuilder from, ColumnBuilder to) {
        return new AlterColumnType(name("t"), from.build(), to.build());
    }
}
