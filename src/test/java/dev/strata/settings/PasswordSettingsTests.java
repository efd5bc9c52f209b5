package dev.strata.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.settings.PasswordSettings.CharacterClass;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordSettingsTests {

    @Test
    void defaultsAreSupabaseAuths() {
        PasswordSettings settings = PasswordSettings.from(Env.of(Map.of()));

        assertThat(settings.minLength()).isEqualTo(6);
        assertThat(settings.requiredCharacters()).isEmpty();
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
