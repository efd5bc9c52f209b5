package dev.strata.migration.cli;

import dev.strata.schema.lint.sql.SqlLint;
import dev.strata.schema.lint.sql.SqlRule;
import dev.strata.settings.StrataException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/**
 * {@code --allow RULE,...} of {@code db lint} and {@code db upgrade}, and how their findings read:
 * {@code FILE:LINE: rule: statement} then why and what to do, or as JSON.
 */
final class LintOptions {

    @Option(names = "--allow", paramLabel = "RULE,...", split = ",",
            description = "Lint rules that may fire without failing (comma-separated, repeatable; the names in HELP.md).")
    List<String> allow = new ArrayList<>();

    /**
     * The rules named in {@code --allow}.
     *
     * @throws StrataException for a name that is no rule (exit 1, listing the rules)
     */
    Set<String> allowed() {
        Set<String> names = new TreeSet<>();
        for (String name : allow) {
            if (!name.isBlank()) {
                try {
                    names.add(SqlLint.rule(name.strip()).name());
                } catch (IllegalArgumentException e) {
                    throw new StrataException("--allow: " + e.getMessage(), e);
                }
            }
        }
        return names;
    }

    /** The findings that are not allowed. */
    static List<SqlLint.Finding> refused(List<SqlLint.Finding> findings, Set<String> allowed) {
        return findings.stream().filter(finding -> !allowed.contains(finding.rule().name())).toList();
    }

    /** Each finding as two lines: where, which rule and the statement's first line; then why and what to do. */
    static void print(List<SqlLint.Finding> findings, Set<String> allowed, String prefix, PrintStream out) {
        for (SqlLint.Finding finding : findings) {
            SqlRule rule = finding.rule();
            out.println(prefix + finding.file() + ":" + finding.statement().line() + ": " + rule.name()
                    + (allowed.contains(rule.name()) ? " (allowed)" : "") + ": "
                    + finding.statement().text().lines().findFirst().orElse(""));
            out.println(prefix + "  " + rule.why() + "; " + rule.whatToDo());
        }
    }

    static List<Map<String, Object>> json(List<SqlLint.Finding> findings, Set<String> allowed) {
        return findings.stream().<Map<String, Object>>map(finding -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", finding.file());
            row.put("line", finding.statement().line());
            row.put("rule", finding.rule().name());
            row.put("statement", finding.statement().text());
            row.put("why", finding.rule().why());
            row.put("what_to_do", finding.rule().whatToDo());
            row.put("allowed", allowed.contains(finding.rule().name()));
            return row;
        }).toList();
    }
}
