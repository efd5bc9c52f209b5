package dev.strata.schema.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeWideningTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '>', value = {
        "smallint > integer", "smallint > bigint", "smallint > numeric", "smallint > real",
        "smallint > double precision",
        "integer > bigint", "integer > numeric", "integer > double precision",
        "bigint > numeric",
        "real > double precision",
        "character > character varying", "character > text", "character(5) > character varying(5)",
        "character(5) > character varying(8)", "character(5) > character varying",
        "character varying > text", "character varying(10) > text",
        "character varying(10) > character varying(20)", "character varying(10) > character varying",
        "timestamp without time zone > timestamp with time zone",
        "date > timestamp without time zone", "date > timestamp with time zone",
        "time without time zone > time with time zone",
        "json > jsonb", "json > text",
        "numeric(10,2) > numeric(12,2)", "numeric(10,2) > numeric(12,4)", "numeric(10,2) > numeric",
        "numeric(10) > numeric(10,0)",
        "integer[] > bigint[]", "character varying(5)[] > text[]", "uuid[] > text[]",
        "uuid > text", "boolean > text", "integer > text", "public.mood > text", "integer[] > text",
        "int4range > text",
        "text > text", "public.mood > public.mood",
        "serial > integer", "integer > serial", "serial > bigserial", "smallserial > serial", "serial > bigint",
        "smallint > bigserial", "bigserial > numeric",
    })
    void keepsEveryValueWhenWidening(String from, String to) {
        assertThat(TypeWidening.isWidening(from.strip(), to.strip())).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '>', value = {
        "bigint > integer", "integer > smallint", "bigint > smallint", "integer > real", "bigint > double precision",
        "numeric > integer", "numeric > bigint", "double precision > real", "real > integer",
        "text > character varying(10)", "text > integer", "text > character", "text > public.mood",
        "character varying > character varying(10)", "character varying(20) > character varying(10)",
        "character varying(10) > character(10)", "character(10) > character varying(5)",
        "numeric > numeric(10,2)", "numeric(10,2) > numeric(10,4)", "numeric(10,2) > numeric(10,1)",
        "numeric(10,2) > numeric(8,2)", "integer > numeric(5,0)",
        "timestamp with time zone > timestamp without time zone", "timestamp with time zone > date",
        "timestamp without time zone > date", "time with time zone > time without time zone",
        "jsonb > json", "text > jsonb",
        "integer[] > integer", "integer > integer[]", "bigint[] > integer[]",
        "uuid > bigint", "public.mood > public.other",
        "bigserial > serial", "bigserial > integer", "bigint > serial", "serial > smallserial",
    })
    void reportsNarrowingChangesAsLosingValues(String from, String to) {
        assertThat(TypeWidening.isWidening(from.strip(), to.strip())).isFalse();
    }
}
