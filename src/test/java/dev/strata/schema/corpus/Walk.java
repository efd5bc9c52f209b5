package dev.strata.schema.corpus;

import java.nio.file.Path;

/**
 * One database that replays a {@link History} file by file, so each step's 'from' and 'to' are
 * copies taken before and after its file instead of replays of the whole prefix.
 */
final class Walk implements AutoCloseable {

    private final History history;
    private ScratchDatabase database;
    private int applied;

    Walk(History history) {
        this.history = history;
    }

    private ScratchDatabase database() {
        if (database == null) {
            database = ScratchDatabase.create();
            if (history.prelude() != null) {
                load(history.prelude());
            }
        }
        return database;
    }

    /** Replays the files before {@code index}. */
    void advanceTo(int index) {
        database();
        while (applied < index) {
            load(history.files().get(applied));
            applied++;
        }
    }

    /** Copies of the state before and after file {@code index}: the step's 'from' and 'to'. */
    ScratchDatabase[] step(int index) {
        advanceTo(index);
        ScratchDatabase from = database().copy();
        try {
            load(history.files().get(index));
            applied++;
            return new ScratchDatabase[] {from, database().copy()};
        } catch (RuntimeException e) {
            from.close();
            throw e;
        }
    }

    /** A copy of the state after the whole history. */
    ScratchDatabase last() {
        advanceTo(history.files().size());
        return database().copy();
    }

    private void load(Path file) {
        database().load(History.read(file), History.root().relativize(file).toString(), false);
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
