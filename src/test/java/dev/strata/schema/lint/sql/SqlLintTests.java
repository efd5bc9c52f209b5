package dev.strata.schema.lint.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule on its own bad example (it must fire) and good example (it must not), and the rule table itself. */
class SqlLintTests {

    static Stream<SqlRule> rules() {
        return SqlLint.RULES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void firesOnItsBadExample(SqlRule rule) {
        assertThat(names(rule.bad())).as(rule.bad()).contains(rule.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void staysQuietOnItsGoodExample(SqlRule rule) {
        assertThat(names(rule.good())).as(rule.good()).doesNotContain(rule.name());
    }

    @Test
    void hasAtLeastThirtyRulesWithStableKebabCaseNames() {
        assertThat(SqlLint.RULES).hasSizeGreaterThanOrEqualTo(30).extracting(SqlRule::name)
                .allMatch(name -> name.matches("[a-z]+(-[a-z]+)+")).doesNotHaveDuplicates()
                .contains("require-concurrent-index-creation", "adding-foreign-key-constraint",
                        "setting-not-nullable-field", "changing-column-type", "require-lock-timeout", "ban-drop-column",
                        "renaming-column");
    }

    @Test
    void helpDocumentsEveryRuleWithItsBadAndGoodExample() throws IOException {
        String help = Files.readString(Path.of("HELP.md"));

        for (SqlRule rule : SqlLint.RULES) {
            assertThat(help).as(rule.name()).contains("| `" + rule.name() + "` |", rule.bad().replace("\n", " ") + ";",
                    rule.good().replace("\n", " ") + ";");
        }
    }

    @Test
    void tablesCreatedEarlierInTheSameFileAreNotBusy() {
        String sql = """
                CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint);
                CREATE INDEX posts_author_idx ON posts (author_id);
                ALTER TABLE posts ADD CONSTRAINT posts_author_fkey FOREIGN KEY (author_id) REFERENCES users (id);
                CREATE INDEX users_name_idx ON public.users (name);
                """;

        assertThat(SqlLint.lint("V1__posts.sql", sql)).extracting(f -> f.rule().name(), f -> f.statement().line())
                .containsExactly(tuple("require-concurrent-index-creation", 4),
                        tuple("require-lock-timeout", 4));
    }

    @Test
    void anUnknownRuleNameListsTheRules() {
        assertThatThrownBy(() -> SqlLint.rule("no-such-rule")).hasMessageStartingWith(
                "unknown lint rule 'no-such-rule'; the rules are adding-exclusion-constraint, ");
    }

    private static List<String> names(String sql) {
        return SqlLint.lint("example.sql", sql).stream().map(finding -> finding.rule().name()).toList();
    }
}
