package dev.strata.schema.lint.sql;

/**
 * One lint rule. Its name is stable: {@code --allow} and the documentation use it.
 *
 * @param name kebab-case, Squawk's where Squawk has the rule
 * @param why what goes wrong on a live database
 * @param whatToDo the safer way
 * @param bad SQL the rule fires on
 * @param good the same intent written so that it does not fire
 * @param check whether it fires on a statement, given what came before it in the file
 */
public record SqlRule(String name, String why, String whatToDo, String bad, String good, Check check) {

    /** The test of one statement. */
    @FunctionalInterface
    public interface Check {
        boolean fires(SqlStatement statement, LintContext context);
    }
}
