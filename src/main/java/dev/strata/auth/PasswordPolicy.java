package dev.strata.auth;

import dev.strata.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** What a password must be; a weak one is refused with 422 {@code weak_password} and every reason. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(String password, String email) {
        List<String> reasons = new ArrayList<>();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            reasons.add("at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            reasons.add("at most " + MAX_BYTES + " bytes");
        }
        if (password.chars().distinct().count() < 4) {
            reasons.add("at least 4 different characters");
        }
        if (password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.indexOf('@') > 2) {
            reasons.add("must not contain the email's name");
        }
        if (!reasons.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "weak_password", "The password is too weak.",
                    Map.of("reasons", reasons));
        }
    }
}
