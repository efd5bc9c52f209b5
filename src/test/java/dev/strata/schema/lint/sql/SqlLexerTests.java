package dev.strata.schema.lint.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting SQL into statements: semicolons inside literals, bodies and comments end nothing. */
class SqlLexerTests {

    @Test
    void semicolonsInStringsIdentifiersCommentsAndDollarQuotesEndNoStatement() {
        String sql = """
                -- a comment; still a comment
                INSERT INTO notes VALUES ('a;b', E'it\\'s;', "odd;name");
                /* block; /* nested; */ still */ CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
                CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
                SELECT 1
                """;

        List<SqlStatement> statements = SqlLexer.statements(sql);

        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 3, 4, 5);
        assertThat(statements.get(0).text()).isEqualTo("INSERT INTO notes VALUES ('a;b', E'it\\'s;', \"odd;name\")");
        assertThat(statements.get(1).text()).startsWith("CREATE FUNCTION f()").endsWith("$body$ SELECT 1; $body$");
        assertThat(statements.get(1).startsWith("CREATE", "FUNCTION")).isTrue();
        assertThat(statements.get(2).text()).endsWith("SELECT 2; END");
        assertThat(statements.get(3).text()).isEqualTo("SELECT 1");
    }

    @Test
    void namesTheTableAStatementIsAbout() {
        assertThat(SqlLexer.statements("""
                ALTER TABLE IF EXISTS ONLY App."Orders" ADD COLUMN x bigint;
                CREATE UNLOGGED TABLE IF NOT EXISTS cache (id bigint);
                CREATE UNIQUE INDEX CONCURRENTLY i ON ONLY public.users (email);
                SELECT 1
                """)).extracting(SqlStatement::table)
                .containsExactly("app.Orders", "public.cache", "public.users", null);
    }
}
