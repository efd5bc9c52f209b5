package dev.strata.auth;

import dev.strata.settings.PasswordSettings;
import dev.strata.settings.PasswordSettings.CharacterClass;
import dev.strata.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.springframework.http.HttpStatus;

/**
 * What a built-in user's password must be: Supabase Auth's rule (a minimum length, optionally a
 * character of each required class), so a client written against Supabase registers here too. A
 * weak password is refused with 422 {@code weak_password} and every reason. bcrypt's 72-byte
 * limit is an input rule of register and login alike ({@link Utf8Bytes}), not part of this policy.
 *
 * @param minLength the fewest characters (code points)
 * @param required the classes of which the password must hold a character each
 */
record PasswordPolicy(int minLength, Set<CharacterClass> required) {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_BYTES = 72;

    /** Why a password found in a data breach is refused ({@link LeakCheck}), worded like the rule's own reasons. */
    static final String LEAKED = "not a password exposed in a data breach";

    /** In Supabase mode the project's own rule decides, and its reasons are passed on. */
    static final PasswordPolicy PROVIDER_DECIDES = new PasswordPolicy(0, Set.of());

    PasswordPolicy {
        required = Set.copyOf(required);
    }

    static PasswordPolicy of(PasswordSettings settings) {
        return new PasswordPolicy(settings.minLength(), settings.requiredCharacters());
    }

    void check(String password) {
        List<String> reasons = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < minLength) {
            reasons.add("at least " + minLength + " characters");
        }
        // In the classes' declared order, so the reasons read the same every time.
        for (CharacterClass kind : CharacterClass.values()) {
            if (required.contains(kind) && password.codePoints().noneMatch(test(kind))) {
                reasons.add("at least one " + name(kind));
            }
        }
        if (!reasons.isEmpty()) {
            throw weak(reasons);
        }
    }

    /** The one answer to every weak password, whichever check found it. */
    static ApiException weak(List<String> reasons) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "weak_password", "The password is too weak.",
                Map.of("reasons", List.copyOf(reasons)));
    }

    private static IntPredicate test(CharacterClass kind) {
        return switch (kind) {
            case LOWER -> Character::isLowerCase;
            case UPPER -> Character::isUpperCase;
            case LETTERS -> Character::isLetter;
            case DIGITS -> Character::isDigit;
            case SYMBOLS -> c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
        };
    }

    private static String name(CharacterClass kind) {
        return switch (kind) {
            case LOWER -> "lower-case letter";
            case UPPER -> "upper-case letter";
            case LETTERS -> "letter";
            case DIGITS -> "digit";
            case SYMBOLS -> "symbol (neither letter, digit nor space)";
        };
    }
}
