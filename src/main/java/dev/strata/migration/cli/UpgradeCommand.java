package dev.strata.migration.cli;

import dev.strata.migration.MigrationService;
import dev.strata.migration.Targets;
import dev.strata.schema.lint.sql.SqlLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code db upgrade [head | +N | version] [--sql]}: the pending migrations are linted first and the
 * findings printed on stderr; with {@code --fail-on-lint} one that is not allowed stops it.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply pending migrations up to the target (default head), one progress line per migration.")
final class UpgradeCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head", converter = TargetConverters.Up.class,
            description = "head (default), +N for the next N migrations, or a version.")
    Targets.Up target;

    @Option(names = "--sql", description = "Print the SQL that would run and change nothing.")
    boolean sql;

    @Option(names = "--fail-on-lint", description = "Apply nothing, exit 1, when a lint rule that --allow does not "
            + "name fires on a pending migration (without it the findings are only printed, on stderr).")
    boolean failOnLint;

    @Mixin
    LintOptions lint;

    UpgradeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (sql) {
            context.out.print(context.migrations().upgradeSql(target));
            return 0;
        }
        if (!lintPending() && failOnLint) {
            context.err.println("strata: --fail-on-lint: nothing was applied; fix the findings or pass --allow RULE,...");
            return 1;
        }
        int applied = context.migrations().upgrade(target);
        context.out.println("Upgraded: " + applied + " migration(s) applied; now at "
                + MigrationService.describe(context.migrations().status()));
        return 0;
    }

    /** Lints the pending migrations, printing the findings on stderr; whether none is refused. */
    private boolean lintPending() {
        Set<String> allowed = lint.allowed();
        List<SqlLint.Finding> findings = new ArrayList<>();
        context.migrations().pendingScripts(target).forEach((script, text) -> {
            if (text != null) {
                findings.addAll(SqlLint.lint(script, text));
            }
        });
        LintOptions.print(findings, allowed, "lint: ", context.err);
        return LintOptions.refused(findings, allowed).isEmpty();
    }
}
