package dev.strata.schema.model;

import static dev.strata.schema.Schemas.name;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "users -> users", "user_2 -> user_2", "_private -> _private", "a$b -> a$b",
        "Users -> \"Users\"", "userName -> \"userName\"", "2fa -> \"2fa\"", "my table -> \"my table\"",
        "we\"ird -> \"we\"\"ird\"", "café -> \"café\"",
        "user -> \"user\"", "order -> \"order\"", "select -> \"select\"", "table -> \"table\"",
        "default -> \"default\"", "check -> \"check\"", "authorization -> \"authorization\"",
        "type -> type", "name -> name", "text -> text", "data -> data",
    })
    void quotesAnIdentifierOnlyWhenItMust(String name, String quoted) {
        assertThat(Sql.ident(name)).isEqualTo(quoted);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "position -> \"position\"", "time -> \"time\"", "values -> \"values\"", "integer -> \"integer\"",
        "char -> \"char\"", "row -> \"row\"", "between -> \"between\"", "xmltable -> \"xmltable\"",
    })
    void quotesColumnNameKeywordsAsQuoteIdentDoes(String name, String quoted) {
        assertThat(Sql.ident(name)).isEqualTo(quoted);
    }

    @Test
    void quotesEachPartOfAQualifiedName() {
        assertThat(Sql.name(name("public.users"))).isEqualTo("public.users");
        assertThat(Sql.name(name("App.User"))).isEqualTo("\"App\".\"User\"");
        assertThat(Sql.name(name("public.order"))).isEqualTo("public.\"order\"");
    }

    @Test
    void doublesQuotesInLiteralsAndKeepsBackslashes() {
        assertThat(Sql.literal("it's")).isEqualTo("'it''s'");
        assertThat(Sql.literal("a\\b")).isEqualTo("'a\\b'");
        assertThat(Sql.literal("")).isEqualTo("''");
    }
}
