package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the contract of {@code db diff} says about the shape of its output, as assertions. */
final class DiffShape {

    private DiffShape() {
    }

    /**
     * A script is either wrapped in BEGIN/COMMIT, or says in a header comment that it cannot run
     * in one transaction and holds no transaction control of its own.
     */
    static void assertTransactionShape(DiffRun run, @Nullable Boolean transactional) {
        if (run.statements().isEmpty()) {
            return;
        }
        boolean header = DiffRun.containsFragment(run.out(), "cannot run in one transaction");
        if (run.wrapped()) {
            assertThat(header).as("a script in BEGIN/COMMIT does not also say it cannot run in one\n%s", run.describe())
                    .isFalse();
        } else {
            assertThat(header).as("a script without BEGIN/COMMIT says 'cannot run in one transaction' in a header\n%s",
                    run.describe()).isTrue();
            assertThat(SqlStatements.split(run.out()))
                    .as("no BEGIN or COMMIT inside a script run statement by statement\n%s", run.describe())
                    .noneMatch(statement -> statement.matches("(?i)BEGIN|COMMIT|START TRANSACTION"));
        }
        if (transactional != null) {
            assertThat(run.wrapped())
                    .as("whether it runs in one transaction (case.properties transactional)\n%s", run.describe())
                    .isEqualTo(transactional);
        }
    }

    /**
     * Without {@code --unsafe} only statements that {@code --unsafe} also prints run, and each one
     * it leaves out (the destructive ones) is there as a comment.
     */
    static void assertDestructiveOnlyAsComments(DiffRun safe, DiffRun unsafe) {
        List<String> runnable = safe.statements();
        assertThat(unsafe.statements()).as("without --unsafe only statements --unsafe also prints may run\n%s\n%s",
                safe.describe(), unsafe.describe()).containsAll(runnable);
        List<String> left = unsafe.statements().stream().filter(statement -> !runnable.contains(statement)).toList();
        assertThat(left).as("without --unsafe the destructive statements must not run\n%s\n%s", safe.describe(),
                unsafe.describe()).isNotEmpty();
        String comments = safe.comments();
        left.forEach(statement -> assertThat(comments)
                .as("without --unsafe the destructive statement is printed as a comment:%n%s%n%s", statement,
                        safe.describe())
                .contains(DiffRun.collapse(statement)));
    }
}
