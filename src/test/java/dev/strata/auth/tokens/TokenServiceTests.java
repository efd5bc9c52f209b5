package dev.strata.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.settings.TokenSettings;
import dev.strata.test.MovableClock;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A token verified once is not checked again until it expires, and nothing unchecked passes with it. */
class TokenServiceTests {

    private static final byte[] SECRET = "a test secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final TokenSettings SETTINGS =
            new TokenSettings(Jwts.SIG.HS256, Duration.ofMinutes(15), Duration.ofDays(30), "strata", "strata");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T12:00:00Z"));
    private final TokenService tokens = new TokenService(SETTINGS, SECRET, clock);
    private final UUID user = UUID.randomUUID();

    @Test
    void aVerifiedTokenStaysValidUntilItsExpiryAndNotAnInstantLonger() {
        String token = tokens.issue(user, "session-1");

        assertThat(tokens.verify(token)).contains(new AccessToken(user, "session-1"));
        clock.advance(Duration.ofMinutes(15));
        assertThat(tokens.verify(token)).as("at its exp").contains(new AccessToken(user, "session-1"));
        clock.advance(Duration.ofMillis(1));
        assertThat(tokens.verify(token)).as("just after its exp").isEmpty();
        assertThat(tokens.verify(token)).as("again").isEmpty();
    }

    @Test
    void aTokenAlteredAfterItsOriginalWasVerifiedIsRefused() {
        String token = tokens.issue(user, "session-1");
        assertThat(tokens.verify(token)).isPresent();

        int signature = token.lastIndexOf('.') + 1;
        char first = token.charAt(signature);
        String altered = token.substring(0, signature) + (first == 'A' ? 'B' : 'A') + token.substring(signature + 1);
        String foreign = new TokenService(SETTINGS, "another secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8),
                clock).issue(user, "session-1");

        assertThat(tokens.verify(altered)).isEmpty();
        assertThat(tokens.verify(foreign)).isEmpty();
        assertThat(tokens.verify(token)).isPresent();
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        String expired = tokens.issue(user, "session-1");
        clock.advance(Duration.ofHours(1));

        assertThat(tokens.verify(expired)).isEmpty();
        assertThat(tokens.verify(expired)).isEmpty();
    }
}
