package dev.strata.auth.supabase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.settings.Env;
import dev.strata.settings.SupabaseSettings;
import dev.strata.test.MovableClock;
import dev.strata.test.supabase.FakeSigningKeys;
import dev.strata.test.supabase.FakeSupabaseAuth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JWKS cache against the fake's JWKS over a real socket, on a clock the test moves: keys are
 * used at most ten minutes, an unknown kid refetches at most once per interval, and concurrent
 * lookups share one fetch. No Spring.
 */
class SupabaseJwksTests {

    private static final Duration MIN_REFETCH = Duration.ofSeconds(30);

    private FakeSupabaseAuth fake;
    private SupabaseAuthClient client;
    private MovableClock clock;
    private SupabaseJwks jwks;

    @BeforeEach
    void start() {
        fake = FakeSupabaseAuth.start();
        clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
        client = new SupabaseAuthClient(Objects.requireNonNull(SupabaseSettings.from(Env.of(fake.variables()))),
                JsonMapper.builder().build(), Duration.ofMillis(10));
        jwks = new SupabaseJwks(client::jwks, clock, MIN_REFETCH);
    }

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Test
    void aKnownKeyIsFetchedOnceAndThenServedFromTheCache() {
        String kid = fake.keys().current().kid();

        assertThat(jwks.key(kid).block()).isNotNull().satisfies(key -> assertThat(key.algorithm()).isEqualTo("ES256"));
        clock.advance(Duration.ofMinutes(9));
        assertThat(jwks.key(kid).block()).isNotNull();
        assertThat(fake.calls("jwks")).isEqualTo(1);
    }

    @Test
    void keysAreFetchedAgainAfterTenMinutes() {
        String kid = fake.keys().current().kid();
        jwks.key(kid).block();

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(jwks.key(kid).block()).isNotNull();
        assertThat(fake.calls("jwks")).isEqualTo(2);
    }

    @Test
    void aFloodOfUnknownKidsFetchesAtMostOncePerInterval() {
        jwks.key(fake.keys().current().kid()).block();

        List<SupabaseJwks.VerificationKey> found = Flux.range(0, 200).flatMap(i -> jwks.key(UUID.randomUUID().toString())).collectList().block();
        clock.advance(MIN_REFETCH.plusSeconds(1));
        Flux.range(0, 200).flatMap(i -> jwks.key(UUID.randomUUID().toString())).collectList().block();

        assertThat(found).isEmpty();
        assertThat(fake.calls("jwks")).isEqualTo(2);
    }

    @Test
    void aRotatedKeyIsFoundByARefetchOnceTheIntervalHasPassed() {
        jwks.key(fake.keys().current().kid()).block();
        FakeSigningKeys.SigningKey rotated = fake.keys().rotate("RS256");

        assertThat(jwks.key(rotated.kid()).blockOptional()).as("within the interval").isEmpty();
        clock.advance(MIN_REFETCH);

        assertThat(jwks.key(rotated.kid()).block()).isNotNull().satisfies(key -> assertThat(key.algorithm()).isEqualTo("RS256"));
        assertThat(fake.calls("jwks")).isEqualTo(2);
    }

    @Test
    void concurrentLookupsShareOneFetch() {
        fake.delayNext("jwks", 1, Duration.ofMillis(300));
        String kid = fake.keys().current().kid();

        List<SupabaseJwks.VerificationKey> found = Flux.range(0, 50).flatMap(i -> jwks.key(kid)).collectList().block();

        assertThat(found).hasSize(50);
        assertThat(fake.calls("jwks")).isEqualTo(1);
    }

    @Test
    void aFailingJwksRefusesTheKeysAndIsNotAskedAgainAtOnce() {
        fake.failNext("jwks", 3, 503);
        String kid = fake.keys().current().kid();

        assertThat(jwks.key(kid).blockOptional()).isEmpty();
        assertThat(jwks.key(kid).blockOptional()).isEmpty();
        assertThat(fake.calls("jwks")).as("one fetch, retried twice").isEqualTo(3);
        clock.advance(MIN_REFETCH);
        assertThat(jwks.key(kid).block()).isNotNull();
    }

    @Test
    void aProjectOnTheLegacySecretPublishesNoKeys() {
        fake.keys().legacyOnly(true);

        assertThat(jwks.key(fake.keys().current().kid()).blockOptional()).isEmpty();
        assertThat(fake.calls("jwks")).isEqualTo(1);
    }
}
