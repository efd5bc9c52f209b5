package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link SqlStatements#split}: where a script splits and what each statement keeps, without a database. */
class SqlStatementsTests {

    @Test
    void splitsAtSemicolonsAndTrimsEachStatement() {
        assertThat(SqlStatements.split("  CREATE TABLE a (id int) ;\n\nCREATE TABLE b (id int);"))
                .containsExactly("CREATE TABLE a (id int)", "CREATE TABLE b (id int)");
    }

    @Test
    void keepsALastStatementWithoutSemicolon() {
        assertThat(SqlStatements.split("SELECT 1; SELECT 2\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void dropsEmptyStatementsAndPureComments() {
        assertThat(SqlStatements.split(";;\n-- only a comment;\n/* and; another */ ;\nSELECT 1;\n-- trailing"))
                .containsExactly("SELECT 1");
        assertThat(SqlStatements.split("")).isEmpty();
    }

    @Test
    void leavesOutCommentsAroundAStatementButKeepsThoseInside() {
        assertThat(SqlStatements.split("-- header\nSELECT 1, -- the first\n 2 -- trailing\n;"))
                .containsExactly("SELECT 1, -- the first\n 2");
    }

    @Test
    void semicolonsInLineAndNestedBlockCommentsDoNotSplit() {
        assertThat(SqlStatements.split("SELECT 1 /* a; /* nested; */ still; */ + 1 -- x;\n; SELECT 2"))
                .containsExactly("SELECT 1 /* a; /* nested; */ still; */ + 1", "SELECT 2");
    }

    @Test
    void semicolonsInStringsWithDoubledQuotesDoNotSplit() {
        assertThat(SqlStatements.split("INSERT INTO t VALUES ('it''s; fine', ';');SELECT ''';'''"))
                .containsExactly("INSERT INTO t VALUES ('it''s; fine', ';')", "SELECT ''';'''");
    }

    @Test
    void backslashEndsNothingInAStandardString() {
        assertThat(SqlStatements.split("SELECT 'C:\\'; SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void backslashEscapesAQuoteInAnEscapeString() {
        assertThat(SqlStatements.split("SELECT E'it\\'s; \\\\'; SELECT e'a''b;'; SELECT 3"))
                .containsExactly("SELECT E'it\\'s; \\\\'", "SELECT e'a''b;'", "SELECT 3");
    }

    @Test
    void aTypedLiteralAfterAWordEndingInEIsNoEscapeString() {
        assertThat(SqlStatements.split("SELECT name'x\\'; SELECT 2")).containsExactly("SELECT name'x\\'", "SELECT 2");
    }

    @Test
    void semicolonsInQuotedIdentifiersDoNotSplit() {
        assertThat(SqlStatements.split("CREATE TABLE \"a;\"\"b\" (\"c;\" int); SELECT 1"))
                .containsExactly("CREATE TABLE \"a;\"\"b\" (\"c;\" int)", "SELECT 1");
    }

    @Test
    void dollarQuotedBodiesAreOneToken() {
        String function = """
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$
                BEGIN
                  EXECUTE $$SELECT 1; SELECT 2$$;
                  RETURN NEW;
                END $fn$""";
        assertThat(SqlStatements.split(function + ";\nDO $$ BEGIN PERFORM 1; END $$;"))
                .containsExactly(function, "DO $$ BEGIN PERFORM 1; END $$");
    }

    @Test
    void dollarSignsInIdentifiersAndParametersAreNoQuotes() {
        assertThat(SqlStatements.split("SELECT 1 AS a$b$; PREPARE p AS SELECT $1 + $2; SELECT 3"))
                .containsExactly("SELECT 1 AS a$b$", "PREPARE p AS SELECT $1 + $2", "SELECT 3");
    }

    @Test
    void semicolonsInParenthesesDoNotSplit() {
        assertThat(SqlStatements.split("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2); SELECT 3"))
                .containsExactly("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)", "SELECT 3");
    }

    @Test
    void aSqlStandardFunctionBodyIsOneStatement() {
        String function = """
                CREATE OR REPLACE FUNCTION public.grade(score integer) RETURNS text LANGUAGE sql
                BEGIN ATOMIC
                 SELECT CASE WHEN score > 50 THEN 'pass' ELSE 'fail' END;
                 SELECT 'unreachable';
                END""";
        assertThat(SqlStatements.split(function + ";\nSELECT 1"))
                .containsExactly(function, "SELECT 1");
    }

    @Test
    void transactionBeginAndEndAreStatementsOfTheirOwn() {
        assertThat(SqlStatements.split("BEGIN;\nCREATE TABLE t (id int);\nEND;\nBEGIN; SELECT 1; COMMIT;"))
                .containsExactly("BEGIN", "CREATE TABLE t (id int)", "END", "BEGIN", "SELECT 1", "COMMIT");
    }

    @Test
    void anUnterminatedQuoteRunsToTheEnd() {
        assertThat(SqlStatements.split("SELECT 1; SELECT 'open; SELECT 2"))
                .containsExactly("SELECT 1", "SELECT 'open; SELECT 2");
        assertThat(SqlStatements.split("SELECT $$open; SELECT 2")).containsExactly("SELECT $$open; SELECT 2");
    }
}
