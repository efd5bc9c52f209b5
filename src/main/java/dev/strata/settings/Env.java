package dev.strata.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * Where settings come from: a lookup by environment-variable name. The service reads them from
 * Spring's {@code Environment} (real variables, then {@code .env}, then test properties); the CLI
 * and the tests build one directly.
 */
@FunctionalInterface
public interface Env {

    /** The raw value of the variable, or null when it is not set. */
    @Nullable String raw(String name);

    /** The trimmed value, or null when the variable is unset or blank. */
    default @Nullable String get(String name) {
        String value = raw(name);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    default String get(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    default boolean has(String name) {
        return get(name) != null;
    }

    /** A boolean flag: true/false, yes/no, on/off, 1/0; anything else is refused naming the variable. */
    default boolean flag(String name, boolean fallback) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new StrataException(
                    name + ": expected true or false, got '" + value + "'");
        };
    }

    /** A whole number within bounds, refused naming the variable otherwise. */
    default int integer(String name, int fallback, int min, int max) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the accepted range
        }
        throw new StrataException(
                name + ": expected a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    /** A comma-separated list, each item stripped, empty items dropped; empty when the variable is unset. */
    default List<String> list(String name) {
        String value = get(name);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    static Env of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return copy::get;
    }

    /**
     * What the service's Spring environment would answer: {@code --NAME=value} arguments, then
     * {@code -DNAME=value} system properties, then real variables, then {@code .env}; so the
     * settings parsed before Spring starts are those the context would have parsed.
     */
    static Env service(String[] args, Path workingDirectory) {
        SimpleCommandLinePropertySource commandLine = new SimpleCommandLinePropertySource(args);
        Env system = system(workingDirectory);
        return name -> {
            String value = commandLine.getProperty(name);
            if (value == null) {
                value = System.getProperty(name);
            }
            return value != null ? value : system.raw(name);
        };
    }

    /** Real environment variables over the {@code .env} file of the given directory. */
    static Env system(Path workingDirectory) {
        Map<String, String> merged = new HashMap<>(DotEnvFile.read(workingDirectory.resolve(".env")));
        merged.putAll(System.getenv());
        return of(merged);
    }
}
