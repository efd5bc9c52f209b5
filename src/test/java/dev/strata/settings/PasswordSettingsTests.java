package dev.strata.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.settings.PasswordSettings.CharacterClass;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordSettingsTests {

    @Test
    void defaultsAreSupabaseAuths() {
        PasswordSettings settings = PasswordSettings.from(Env.of(Map.of()));

        assertThat(settings.minLength()).isEqualTo(6);
        assertThat(settings.requiredCharacters()).isEmpty();
        assertThat(settings.leakCheck()).isEqualTo(LeakCheckSettings.OFF);
        assertThat(settings.leakCheck().url()).hasToString("https://api.pwnedpasswords.com");
        assertThat(settings.leakCheck().timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void readsTheLeakCheck() {
        LeakCheckSettings settings = PasswordSettings.from(Env.of(Map.of("STRATA_PASSWORD_LEAK_CHECK", "on",
                "STRATA_PASSWORD_LEAK_CHECK_URL", "http://mirror.internal:8080/pwned/", "STRATA_PASSWORD_LEAK_CHECK_TIMEOUT_MS", "750")))
                .leakCheck();

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.url()).hasToString("http://mirror.internal:8080/pwned");
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void refusesABadLeakCheckEvenWhileItIsOff() {
        assertThatThrownBy(() -> PasswordSettings.from(Env.of(Map.of("STRATA_PASSWORD_LEAK_CHECK", "maybe"))))
                .hasMessage("STRATA_PASSWORD_LEAK_CHECK: expected true or false, got 'maybe'");
        assertThatThrownBy(() -> PasswordSettings.from(Env.of(Map.of("STRATA_PASSWORD_LEAK_CHECK_URL", "api.pwnedpasswords.com"))))
                .hasMessage("STRATA_PASSWORD_LEAK_CHECK_URL: expected an http(s) URL, such as https://api.pwnedpasswords.com; "
                        + "got 'api.pwnedpasswords.com'");
        assertThatThrownBy(() -> PasswordSettings.from(Env.of(Map.of("STRATA_PASSWORD_LEAK_CHECK_URL", "https://u:p@mirror/?k=1"))))
                .hasMessageStartingWith("STRATA_PASSWORD_LEAK_CHECK_URL: expected a base URL without a query or credentials");
        assertThatThrownBy(() -> PasswordSettings.from(Env.of(Map.of("STRATA_PASSWORD_LEAK_CHECK_TIMEOUT_MS", "0"))))
                .hasMessage("STRATA_PASSWORD_LEAK_CHECK_TIMEOUT_MS: expected a whole number from 100 to 60000, got '0'");
    }

    @Test
    void readsTheLengthAndTheClasses() {
        PasswordSettings settings = PasswordSettings.from(Env.of(Map.of("STRATA_PASSWORD_MIN_LENGTH", "12",
                "STRATA_PASSWORD_REQUIRED_CHARACTERS", "Digits, lower ,UPPER")));

        assertThat(settings.minLength()).isEqualTo(12);
        assertThat(settings.requiredCharacters()).containsExactly(CharacterClass.LOWER, CharacterClass.UPPER, CharacterClass.DIGITS);
    }

    @Test
    void refusesWhatItCannotEnforce() {
        assertThatThrownBy(() -> PasswordSettings.from(Env.of(Map.of("STRATA_PASSWORD_MIN_LENGTH", "5"))))
                .hasMessage("STRATA_PASSWORD_MIN_LENGTH: expected a whole number from 6 to 72, got '5'");
        assertThatThrownBy(() -> PasswordSettings.from(Env.of(Map.of("STRATA_PASSWORD_REQUIRED_CHARACTERS", "digits,emoji"))))
                .hasMessageStartingWith("STRATA_PASSWORD_REQUIRED_CHARACTERS: expected lower, upper, letters, digits or symbols");
    }
}
