package dev.strata.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every variable the settings read is documented in README.md's settings table and in
 * .env.example. The list comes from the parsers themselves: an {@link Env} records each name
 * asked for while two configurations are parsed, one taking each variable's first choice and one
 * its alternatives, so a setting added to the code without its documentation fails here.
 */
class SettingsDocumentationTests {

    private static final String SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef";

    /** Every first choice: URLs over separate fields, minutes over hours, the current Supabase key names. */
    private static final Map<String, String> FIRST_CHOICES = Map.ofEntries(
            Map.entry("DB_ENGINE", "postgres"),
            Map.entry("DATABASE_URL", "postgresql://app:pw@db.example.com:5432/app"),
            Map.entry("MIGRATION_DATABASE_URL", "postgresql://app:pw@db.example.com:5432/app"),
            Map.entry("REDIS_URL", "redis://localhost:6379/0"),
            Map.entry("JWT_SECRET", SECRET),
            Map.entry("JWT_EXPIRATION_MINUTES", "15"),
            Map.entry("SUPABASE_URL", "https://abc.supabase.co"),
            Map.entry("SUPABASE_ANON_KEY", "anon-key"),
            Map.entry("SUPABASE_SERVICE_ROLE_KEY", "sb_secret_key"),
            Map.entry("SHADOW_DATABASE_URL", "postgresql://postgres@localhost:5432/postgres"));

    /** Every alternative the parsers fall back to when the first choice is unset. */
    private static final Map<String, String> ALTERNATIVES = Map.ofEntries(
            Map.entry("POSTGRES_SERVER", "db.example.com"),
            Map.entry("POSTGRES_USER", "app"),
            Map.entry("REDIS_URL", "redis://localhost:6379/0"),
            Map.entry("JWT_SECRET", SECRET),
            Map.entry("JWT_EXPIRATION_HOURS", "1"),
            Map.entry("SUPABASE_URL", "https://abc.supabase.co"),
            Map.entry("SUPABASE_PUBLISHABLE_KEY", "sb_publishable_key"),
            Map.entry("SUPABASE_SECRET_KEY", "sb_secret_key"));

    @Test
    void everySettingIsInTheReadmeTableAndInTheExampleFile() throws IOException {
        Set<String> read = new TreeSet<>();
        for (Map<String, String> configuration : List.of(FIRST_CHOICES, ALTERNATIVES)) {
            Env recording = name -> {
                read.add(name);
                return configuration.get(name);
            };
            StrataSettings.from(recording);
            CommandSettings.from(recording);
        }
        assertThat(read).as("the recording saw the parsers").contains("DATABASE_URL", "POSTGRES_SERVER", "STRATA_HOME",
                "SUPABASE_SECRET_KEY", "JWT_EXPIRATION_HOURS", "SHADOW_DATABASE_URL");

        Set<String> readme = readmeTableVariables(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        Set<String> example = exampleVariables(Files.readString(Path.of(".env.example"), StandardCharsets.UTF_8));
        assertThat(readme).as("variables in README.md's settings table").containsAll(read);
        assertThat(example).as("variables in .env.example").containsAll(read);
    }

    /** The backquoted names in the first cell of the table rows: {@code | `A` (or `B`) | ... |}. */
    private static Set<String> readmeTableVariables(String readme) {
        Set<String> names = new TreeSet<>();
        Pattern name = Pattern.compile("`([A-Z][A-Z0-9_]*)`");
        for (String line : readme.lines().toList()) {
            if (line.startsWith("| `")) {
                Matcher matcher = name.matcher(line.substring(0, line.indexOf('|', 1)));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    /** The names assigned in the file, set or commented out: {@code NAME=...} or {@code # NAME=...}. */
    private static Set<String> exampleVariables(String example) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?m)^(?:# )?([A-Z][A-Z0-9_]*)=").matcher(example);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
