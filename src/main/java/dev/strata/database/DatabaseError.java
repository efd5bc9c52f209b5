package dev.strata.database;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** A database failure in one line for the user: PostgreSQL's own words and SQL state. */
public final class DatabaseError {

    private DatabaseError() {
    }

    /** The first line of the first {@link SQLException} in the cause chain, else of the error itself. */
    public static String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : " (SQL state " + sql.getSQLState() + ")";
                return firstLine(sql.getMessage()) + state;
            }
        }
        return firstLine(error.getMessage());
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
