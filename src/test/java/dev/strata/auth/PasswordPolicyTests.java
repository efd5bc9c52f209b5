package dev.strata.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.strata.settings.LeakCheckSettings;
import dev.strata.settings.PasswordSettings;
import dev.strata.settings.PasswordSettings.CharacterClass;
import dev.strata.web.ApiException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Supabase Auth's password rule: a minimum length (6 by default) and optional required classes. */
class PasswordPolicyTests {

    private static final PasswordPolicy DEFAULTS = PasswordPolicy.of(new PasswordSettings(6, Set.of(), LeakCheckSettings.OFF));

    @Test
    void theDefaultsAcceptTheSeedsPasswordAndAnySixCharacters() {
        assertThatCode(() -> DEFAULTS.check("TestPass123")).doesNotThrowAnyException();
        assertThatCode(() -> DEFAULTS.check("aaaaaa")).doesNotThrowAnyException();
        assertThatCode(() -> DEFAULTS.check("test@example")).doesNotThrowAnyException();
    }

    @Test
    void theDefaultsRefuseFiveCharacters() {
        assertThat(reasons(DEFAULTS, "abcde")).containsExactly("at least 6 characters");
        // Characters, not bytes: five two-byte letters are still five.
        assertThat(reasons(DEFAULTS, "ééééé")).containsExactly("at least 6 characters");
    }

    @Test
    void everyMissingRequiredClassIsAReason() {
        PasswordPolicy strict = PasswordPolicy.of(new PasswordSettings(8, EnumSet.allOf(CharacterClass.class), LeakCheckSettings.OFF));

        assertThat(reasons(strict, "aaaa")).containsExactly("at least 8 characters", "at least one upper-case letter",
                "at least one digit", "at least one symbol (neither letter, digit nor space)");
        assertThat(reasons(strict, "1234 5678")).containsExactly("at least one lower-case letter",
                "at least one upper-case letter", "at least one letter", "at least one symbol (neither letter, digit nor space)");
        assertThatCode(() -> strict.check("Tëst-Pass1")).doesNotThrowAnyException();
    }

    @Test
    void supabaseModeLeavesTheRuleToTheProject() {
        assertThatCode(() -> PasswordPolicy.PROVIDER_DECIDES.check("a")).doesNotThrowAnyException();
    }

    private static List<Object> reasons(PasswordPolicy policy, String password) {
        Throwable thrown = catchThrowable(() -> policy.check(password));
        assertThat(thrown).as("refused").isInstanceOf(ApiException.class);
        ApiException refusal = (ApiException) thrown;
        assertThat(refusal.code()).isEqualTo("weak_password");
        return new ArrayList<>((List<?>) refusal.extra().get("reasons"));
    }
}
