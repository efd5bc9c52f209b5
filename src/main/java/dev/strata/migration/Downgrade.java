package dev.strata.migration;

import dev.strata.database.DatabaseError;
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
 * newest first, each in one transaction with the removal of its history row. The plan is
 * complete before anything runs, so a missing down script changes nothing.
 */
final class Downgrade {

    /** One migration to reverse. */
    record Step(MigrationInfo migration, String downScript) {
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
                steps.add(new Step(migration, down));
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
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(step.downScript());
                    SchemaHistory.deleteVersion(connection, step.migration().getVersion().getVersion());
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw new StrataException("down script downgrade/" + script + " failed: " + DatabaseError.describe(e)
                            + "; it was rolled back, the database stays at version " + step.migration().getVersion(), e);
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

    /** The SQL a run would execute, for {@code downgrade --sql}. */
    static String sql(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append("-- Revert ").append(step.migration().getScript()).append('\n')
                    .append("BEGIN;\n").append(step.downScript().strip()).append('\n')
                    .append(SchemaHistory.deleteStatement(step.migration().getVersion().getVersion())).append('\n')
                    .append("COMMIT;\n\n");
        }
        return out.toString();
    }
}
