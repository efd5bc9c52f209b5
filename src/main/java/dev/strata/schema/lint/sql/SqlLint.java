package dev.strata.schema.lint.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Runs every rule on every statement of a migration, in order, each with what came before it. */
public final class SqlLint {

    /** Every rule, by name. */
    public static final List<SqlRule> RULES = Stream.of(IndexRules.ALL, AlterTableRules.ALL, TypeRules.ALL,
            StatementRules.ALL).flatMap(List::stream).sorted(Comparator.comparing(SqlRule::name)).toList();

    /**
     * A rule that fired.
     *
     * @param rule the rule
     * @param file where the statement is, as the caller named it
     * @param statement the statement, with its line
     */
    public record Finding(SqlRule rule, String file, SqlStatement statement) {
    }

    private SqlLint() {
    }

    public static List<Finding> lint(String file, String sql) {
        LintContext context = new LintContext();
        List<Finding> findings = new ArrayList<>();
        for (SqlStatement statement : SqlLexer.statements(sql)) {
            for (SqlRule rule : RULES) {
                if (rule.check().fires(statement, context)) {
                    findings.add(new Finding(rule, file, statement));
                }
            }
            context.after(statement);
        }
        return findings;
    }

    /** The rule called {@code name}; an {@link IllegalArgumentException} listing the rules when there is none. */
    public static SqlRule rule(String name) {
        return RULES.stream().filter(rule -> rule.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown lint rule '" + name + "'; the rules are "
                        + String.join(", ", RULES.stream().map(SqlRule::name).toList())));
    }
}
