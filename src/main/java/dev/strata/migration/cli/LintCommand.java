package dev.strata.migration.cli;

import dev.strata.schema.lint.sql.SqlLint;
import dev.strata.settings.StrataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code db lint [FILE...]}: the lint rules on migrations, generated or hand-written, statement by
 * statement. Needs no database.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check migrations for statements that lock, rewrite, fail or lose data on a live database "
                + "(rules in HELP.md). Without FILE: every .sql file in DIR/migration.",
        footer = {"", "Exit codes: 0 no rule fired that is not allowed; 1 one did (each listed: FILE:LINE: rule),",
            "or a file cannot be read; 2 usage error."})
final class LintCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Migration files to check.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dir", defaultValue = "src/main/resources/db",
            description = "Without FILE: the folder holding migration/ (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Mixin
    LintOptions lint;

    @Mixin
    JsonOutput output;

    LintCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Path> inputs = files.isEmpty() ? migrations() : files;
        Set<String> allowed = lint.allowed();
        List<SqlLint.Finding> findings = inputs.stream()
                .flatMap(file -> SqlLint.lint(file.toString(), read(file)).stream()).toList();
        List<SqlLint.Finding> refused = LintOptions.refused(findings, allowed);
        output.print(() -> LintOptions.json(findings, allowed), () -> {
            LintOptions.print(findings, allowed, "", context.out);
            context.err.println("strata: " + findings.size() + " finding(s), " + refused.size() + " not allowed"
                    + (refused.isEmpty() ? "" : "; fix them or pass --allow RULE,..."));
        });
        return refused.isEmpty() ? 0 : 1;
    }

    private List<Path> migrations() {
        Path folder = directory.resolve("migration");
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new StrataException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new StrataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
