package dev.strata.migration.cli;

import dev.strata.migration.Targets;
import java.util.function.Function;
import org.flywaydb.core.api.MigrationVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses the target words of upgrade, downgrade and stamp; a malformed one is a usage error (exit 2). */
final class TargetConverters {

    private TargetConverters() {
    }

    private static <T> T parse(Function<String, T> parser, String word) {
        try {
            return parser.apply(word);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** {@code head}, {@code +N} or a version. */
    static final class Up implements ITypeConverter<Targets.Up> {
        @Override
        public Targets.Up convert(String word) {
            return parse(Targets::up, word);
        }
    }

    /** {@code -N}, {@code base} or a version. */
    static final class Down implements ITypeConverter<Targets.Down> {
        @Override
        public Targets.Down convert(String word) {
            return parse(Targets::down, word);
        }
    }

    /** {@code head}, {@code base} or a version. */
    static final class Mark implements ITypeConverter<Targets.Mark> {
        @Override
        public Targets.Mark convert(String word) {
            return parse(Targets::mark, word);
        }
    }

    /** A version, as {@code db squash --to} takes it. */
    static final class Version implements ITypeConverter<MigrationVersion> {
        @Override
        public MigrationVersion convert(String word) {
            return parse(Targets::exact, word);
        }
    }
}
