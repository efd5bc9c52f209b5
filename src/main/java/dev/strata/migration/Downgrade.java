package dev.strata.migration;

import dev.strata.database.DatabaseError;
import dev.strata.schema.lint.sql.SqlLexer;
import dev.strata.schema.lint.sql.SqlStatement;
import dev.strata.settings.StrataException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Plans and runs a downgrade: the down scripts of the applied migrations above the target,
 * newest first, each in one transaction with the removal of its history row, except one whose
 * {@code .conf} says {@code executeInTransaction=false} (an online revision's that builds an
 * index CONCURRENTLY): its statements each commit by themselves, the history row goes after the
 * last. The plan is complete before anything runs, so a missing down script changes nothing.
 */
final class Downgrade {

    /**
     * One migration to reverse.
     *
     * @param transactional false when its down script runs statement by statement
     */
    record Step(MigrationInfo migration, String downScript, boolean transactional) {
    }

    private Downgrade() {
    }

    /** Newest first means highest version first, also when a migration was applied out of order. */
    static List<Step> plan(List<MigrationInfo> applied, Targets.Down target, ScriptFiles scripts) {
        List<MigrationInfo> newestFirst = applied.stream()
                .sorted(Comparator.comparing(MigrationInfo::getVersion).reversed())
                .toList();
        int count = switch (target) {
            case Targets.Base base -> newestFirst.size();
            case Targets.Back back -> {
                if (back.count() > newestFirst.size()) {
                    throw new StrataException("cannot go back " + back.count() + " migration(s): only "
                            + newestFirst.size() + " applied (downgrade base reverses them all)");
                }
                yield back.count();
            }
            case Targets.DownTo to -> countAbove(newestFirst, to.version());
        };
        List<Step> steps = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (MigrationInfo migration : newestFirst.subList(0, count)) {
            String down = scripts.down(migration.getScript());
            if (down == null) {
                missing.add("downgrade/" + migration.getScript());
            } else {
                steps.add(new Step(migration, down, !scripts.downOutsideTransaction(migration.getScript())));
            }
        }
        if (!missing.isEmpty()) {
            throw new StrataException("nothing was changed: missing down script(s) " + String.join(", ", missing));
        }
        return steps;
    }

    private static int countAbove(List<MigrationInfo> newestFirst, MigrationVersion target) {
        boolean known = newestFirst.stream().anyMatch(m -> m.getVersion().equals(target));
        if (!known) {
            throw new StrataException("version " + target + " is not applied here: downgrade goes to an applied version "
                    + "(see db history), -N or base");
        }
        return (int) newestFirst.stream().filter(m -> m.getVersion().isNewerThan(target)).count();
    }

    /** Runs the steps; a failing one is rolled back and stops the run, naming its script. */
    static int run(List<Step> steps, DataSource dataSource, Consumer<String> progress) {
        int done = 0;
        for (Step step : steps) {
            String script = step.migration().getScript();
            long started = System.nanoTime();
            progress.accept("Reverting " + (done + 1) + "/" + steps.size() + ": " + script);
            try (Connection connection = dataSource.getConnection()) {
                if (step.transactional()) {
                    runInOneTransaction(step, connection);
                } else {
                    runStatementByStatement(step, connection);
                }
            } catch (SQLException e) {
                throw new StrataException("cannot revert " + script + ": " + DatabaseError.describe(e), e);
            }
            done++;
            progress.accept("Reverted " + done + "/" + steps.size() + ": " + script + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        return done;
    }

    private static void runInOneTransaction(Step step, Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(step.downScript());
            SchemaHistory.deleteVersion(connection, step.migration().getVersion().getVersion());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new StrataException("down script downgrade/" + step.migration().getScript() + " failed: "
                    + DatabaseError.describe(e) + "; it was rolled back, the database stays at version "
                    + step.migration().getVersion(), e);
        }
    }

    /** Each statement commits by itself; a failure leaves the ones before it applied, and says so. */
    private static void runStatementByStatement(Step step, Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        List<SqlStatement> statements = SqlLexer.statements(step.downScript());
        int done = 0;
        try (Statement statement = connection.createStatement()) {
            for (SqlStatement sql : statements) {
                statement.execute(sql.text());
                done++;
            }
            SchemaHistory.deleteVersion(connection, step.migration().getVersion().getVersion());
        } catch (SQLException e) {
            throw new StrataException("down script downgrade/" + step.migration().getScript() + " failed at its "
                    + "statement " + (done + 1) + " of " + statements.size() + " (line " + statements.get(done).line()
                    + "): " + DatabaseError.describe(e) + "; it runs statement by statement (executeInTransaction=false),"
                    + " so the " + done + " before it stay applied and the database stays at version "
                    + step.migration().getVersion() + ": fix the cause and run the rest by hand", e);
        }
    }

    /** The SQL a run would execute, for {@code downgrade --sql}. */
    static String sql(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            String delete = SchemaHistory.deleteStatement(step.migration().getVersion().getVersion());
            out.append("-- Revert ").append(step.migration().getScript()).append('\n');
            if (step.transactional()) {
                out.append("BEGIN;\n").append(step.downScript().strip()).append('\n').append(delete).append('\n')
                        .append("COMMIT;\n\n");
            } else {
                out.append("-- statement by statement (executeInTransaction=false), no transaction around it\n")
                        .append(step.downScript().strip()).append('\n').append(delete).append("\n\n");
            }
        }
        return out.toString();
    }
}
