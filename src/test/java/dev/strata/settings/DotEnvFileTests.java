package dev.strata.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvFileTests {

    private static Map<String, String> parse(String... lines) {
        return DotEnvFile.parse(List.of(lines), ".env");
    }

    // --- DotEnvFile.parse ---

    @Test
    void parsesPlainKeyValueLines() {
        assertThat(parse("A=1", "B_2=two words", "C.D=x=y"))
                .containsExactly(Map.entry("A", "1"), Map.entry("B_2", "two words"), Map.entry("C.D", "x=y"));
    }

    @Test
    void skipsCommentsAndBlankLines() {
        assertThat(parse("# a comment", "", "   ", "  # indented comment", "A=1")).containsExactly(Map.entry("A", "1"));
    }

    @Test
    void stripsExportPrefix() {
        assertThat(parse("export KEY=v", "export   OTHER = w ")).containsExactly(Map.entry("KEY", "v"), Map.entry("OTHER", "w"));
    }

    @Test
    void trimsSpacesAroundKeyAndValue() {
        assertThat(parse("  KEY  =  value  ")).containsExactly(Map.entry("KEY", "value"));
    }

    @Test
    void emptyValueIsEmptyString() {
        assertThat(parse("KEY=")).containsExactly(Map.entry("KEY", ""));
    }

    @Test
    void laterLineWinsForSameKey() {
        assertThat(parse("KEY=first", "KEY=second")).containsExactly(Map.entry("KEY", "second"));
    }

    @Test
    void doubleQuotesUnderstandNewlineQuoteAndBackslashEscapes() {
        assertThat(parse("KEY=\"line1\\nline2 \\\"quoted\\\" back\\\\slash\""))
                .containsEntry("KEY", "line1\nline2 \"quoted\" back\\slash");
    }

    @Test
    void doubleQuotesKeepHashAndSpaces() {
        assertThat(parse("KEY=\"  a # not a comment  \" # real comment"))
                .containsEntry("KEY", "  a # not a comment  ");
    }

    @Test
    void singleQuotesAreVerbatim() {
        assertThat(parse("KEY='p@ss\\nword \"x\" # $HOME'"))
                .containsEntry("KEY", "p@ss\\nword \"x\" # $HOME");
    }

    @Test
    void inlineCommentEndsUnquotedValue() {
        assertThat(parse("KEY=value # comment", "URL=postgresql://u:p@h/d   # the db"))
                .containsEntry("KEY", "value")
                .containsEntry("URL", "postgresql://u:p@h/d");
    }

    @Test
    void hashWithoutPrecedingSpaceIsPartOfUnquotedValue() {
        assertThat(parse("KEY=abc#def")).containsEntry("KEY", "abc#def");
    }

    @Test
    void refusesMalformedLineWithLineNumber() {
        assertThatThrownBy(() -> DotEnvFile.parse(List.of("# header", "", "A=1", "this is not an assignment"), "/app/.env"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("/app/.env line 4: expected KEY=value");
    }

    @Test
    void refusesEmptyKey() {
        assertThatThrownBy(() -> parse("=value"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith(".env line 1: expected KEY=value");
    }

    @Test
    void refusesKeyStartingWithDigitOrContainingSpace() {
        assertThatThrownBy(() -> parse("1KEY=v"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith(".env line 1:");
        assertThatThrownBy(() -> parse("MY KEY=v"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith(".env line 1:");
    }

    @Test
    void refusesUnterminatedDoubleQuote() {
        assertThatThrownBy(() -> parse("A=1", "KEY=\"never closed"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith(".env line 2: unterminated \" quote");
    }

    @Test
    void refusesDoubleQuoteClosedOnlyByEscapedQuote() {
        assertThatThrownBy(() -> parse("KEY=\"abc\\\""))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith(".env line 1: unterminated \" quote");
    }

    @Test
    void refusesUnterminatedSingleQuote() {
        assertThatThrownBy(() -> parse("KEY='never closed"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith(".env line 1: unterminated ' quote");
    }

    // --- DotEnvFile.read ---

    @Test
    void readsFileFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(".env");
        Files.writeString(file, "# comment\r\nexport DATABASE_URL=\"postgresql://u:p@h/d\"\r\nDEBUG=true\r\n",
                StandardCharsets.UTF_8);

        assertThat(DotEnvFile.read(file))
                .containsExactly(Map.entry("DATABASE_URL", "postgresql://u:p@h/d"), Map.entry("DEBUG", "true"));
    }

    @Test
    void missingFileIsEmptyMap(@TempDir Path dir) {
        assertThat(DotEnvFile.read(dir.resolve(".env"))).isEmpty();
    }

    @Test
    void directoryInsteadOfFileIsEmptyMap(@TempDir Path dir) {
        assertThat(DotEnvFile.read(dir)).isEmpty();
    }

    @Test
    void readNamesTheFileInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(".env");
        Files.writeString(file, "A=1\nbroken\n");

        assertThatThrownBy(() -> DotEnvFile.read(file))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith(file + " line 2: expected KEY=value");
    }

    // --- Env.system ---

    @Test
    void realEnvironmentVariablesWinOverDotEnv(@TempDir Path dir) throws IOException {
        String realPath = System.getenv("PATH");
        assertThat(realPath).isNotBlank();
        Files.writeString(dir.resolve(".env"), "PATH=/from/dotenv\nSTRATA_TEST_ONLY_IN_DOTENV_7f3a=from-dotenv\n");

        Env env = Env.system(dir);

        assertThat(env.raw("PATH")).isEqualTo(realPath);
        assertThat(env.get("STRATA_TEST_ONLY_IN_DOTENV_7f3a")).isEqualTo("from-dotenv");
    }

    @Test
    void systemEnvWorksWithoutDotEnvFile(@TempDir Path dir) {
        Env env = Env.system(dir);

        assertThat(env.raw("PATH")).isEqualTo(System.getenv("PATH"));
        assertThat(env.raw("STRATA_TEST_ONLY_IN_DOTENV_7f3a")).isNull();
    }

    // --- Env.get / has ---

    @Test
    void getTrimsAndTreatsBlankAsUnset() {
        Env env = Env.of(Map.of("A", "  value  ", "BLANK", "   "));

        assertThat(env.get("A")).isEqualTo("value");
        assertThat(env.raw("A")).isEqualTo("  value  ");
        assertThat(env.get("BLANK")).isNull();
        assertThat(env.has("BLANK")).isFalse();
        assertThat(env.get("MISSING")).isNull();
        assertThat(env.get("MISSING", "fallback")).isEqualTo("fallback");
        assertThat(env.get("BLANK", "fallback")).isEqualTo("fallback");
        assertThat(env.has("A")).isTrue();
    }

    // --- Env.flag ---

    @Test
    void flagAcceptsTrueSpellings() {
        for (String value : List.of("true", "TRUE", "yes", "Yes", "on", "1", " true ")) {
            assertThat(Env.of(Map.of("F", value)).flag("F", false)).as(value).isTrue();
        }
    }

    @Test
    void flagAcceptsFalseSpellings() {
        for (String value : List.of("false", "False", "no", "NO", "off", "0")) {
            assertThat(Env.of(Map.of("F", value)).flag("F", true)).as(value).isFalse();
        }
    }

    @Test
    void flagFallsBackWhenUnsetOrBlank() {
        assertThat(Env.of(Map.of()).flag("F", true)).isTrue();
        assertThat(Env.of(Map.of("F", " ")).flag("F", false)).isFalse();
    }

    @Test
    void flagRefusesOtherValuesNamingTheVariable() {
        assertThatThrownBy(() -> Env.of(Map.of("STRATA_DEBUG", "maybe")).flag("STRATA_DEBUG", false))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("STRATA_DEBUG: expected true or false, got 'maybe'");
    }

    // --- Env.integer ---

    @Test
    void integerParsesWithinBounds() {
        Env env = Env.of(Map.of("N", " 42 ", "LOW", "1", "HIGH", "100"));

        assertThat(env.integer("N", 7, 1, 100)).isEqualTo(42);
        assertThat(env.integer("LOW", 7, 1, 100)).isEqualTo(1);
        assertThat(env.integer("HIGH", 7, 1, 100)).isEqualTo(100);
    }

    @Test
    void integerFallsBackWhenUnset() {
        assertThat(Env.of(Map.of()).integer("N", 7, 1, 100)).isEqualTo(7);
    }

    @Test
    void integerRefusesOutOfRangeNamingTheVariable() {
        assertThatThrownBy(() -> Env.of(Map.of("POOL_SIZE", "101")).integer("POOL_SIZE", 10, 1, 100))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("POOL_SIZE: expected a whole number from 1 to 100, got '101'");
        assertThatThrownBy(() -> Env.of(Map.of("POOL_SIZE", "0")).integer("POOL_SIZE", 10, 1, 100))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("POOL_SIZE: ");
    }

    @Test
    void integerRefusesNonNumbersNamingTheVariable() {
        for (String value : List.of("ten", "1.5", "99999999999")) {
            assertThatThrownBy(() -> Env.of(Map.of("POOL_SIZE", value)).integer("POOL_SIZE", 10, 1, 100))
                    .as(value)
                    .isInstanceOf(StrataException.class)
                    .hasMessageStartingWith("POOL_SIZE: expected a whole number from 1 to 100, got '" + value + "'");
        }
    }

    @Test
    void byteOrderMarkOnTheFirstLineIsIgnored() {
        assertThat(DotEnvFile.parse(java.util.List.of("\uFEFFKEY=v"), ".env")).containsEntry("KEY", "v");
    }

    @Test
    void textAfterTheClosingQuoteIsRefused() {
        assertThatThrownBy(() -> DotEnvFile.parse(java.util.List.of("KEY=\"a\"junk"), ".env"))
                .isInstanceOf(StrataException.class).hasMessageContaining("line 1");
    }
}
