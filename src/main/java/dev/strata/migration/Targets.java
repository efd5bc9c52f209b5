package dev.strata.migration;

import org.flywaydb.core.api.MigrationVersion;

/** The targets of {@code upgrade} and {@code downgrade}, parsed from their command-line words. */
public final class Targets {

    private static final String VERSION = "[0-9]+([._][0-9]+)*";

    private Targets() {
    }

    /** Where {@code upgrade} goes: {@code head}, {@code +N} more migrations, or a version. */
    public sealed interface Up permits Head, Forward, UpTo {
    }

    /** Where {@code stamp} records the database: head, base, or a version. */
    public sealed interface Mark permits Head, UpTo, Base {
    }

    /** Every pending migration. */
    public record Head() implements Up, Mark {
    }

    /** The next {@code count} pending migrations. */
    public record Forward(int count) implements Up {
    }

    /** Pending migrations up to and including {@code version}. */
    public record UpTo(MigrationVersion version) implements Up, Mark {
    }

    /** Where {@code downgrade} goes: {@code -N} migrations back, a version, or {@code base}. */
    public sealed interface Down permits Back, DownTo, Base {
    }

    /** The newest {@code count} applied migrations are reversed. */
    public record Back(int count) implements Down {
    }

    /** Every applied migration newer than {@code version} is reversed. */
    public record DownTo(MigrationVersion version) implements Down {
    }

    /** Every applied migration is reversed. */
    public record Base() implements Down, Mark {
    }

    /** Parses {@code head}, {@code +N} or a version; anything else is an IllegalArgumentException. */
    public static Up up(String word) {
        if (word.equals("head")) {
            return new Head();
        }
        if (word.matches("\\+[1-9][0-9]{0,5}")) {
            return new Forward(Integer.parseInt(word.substring(1)));
        }
        return new UpTo(version(word, "head, +N or a version such as 2 or 20261121093000"));
    }

    /** Parses {@code -N}, {@code base} or a version; anything else is an IllegalArgumentException. */
    public static Down down(String word) {
        if (word.equals("base")) {
            return new Base();
        }
        if (word.matches("-[1-9][0-9]{0,5}")) {
            return new Back(Integer.parseInt(word.substring(1)));
        }
        return new DownTo(version(word, "-N, base or a version such as 1"));
    }

    /** Parses {@code head}, {@code base} or a version; anything else is an IllegalArgumentException. */
    public static Mark mark(String word) {
        return switch (word) {
            case "head" -> new Head();
            case "base" -> new Base();
            default -> new UpTo(version(word, "head, base or a version such as 1"));
        };
    }

    /** Parses a version ({@code 2}, {@code V2}, {@code 20261121093000}); anything else is an IllegalArgumentException. */
    public static MigrationVersion exact(String word) {
        return version(word, "a version such as 2 or 20261121093000");
    }

    static MigrationVersion version(String word, String expected) {
        String bare = word.startsWith("V") ? word.substring(1) : word;
        if (!bare.matches(VERSION)) {
            throw new IllegalArgumentException("'" + word + "' is not " + expected);
        }
        return MigrationVersion.fromVersion(bare.replace('_', '.'));
    }
}
