package dev.strata.auth.supabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import dev.strata.settings.SupabaseSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code SUPABASE_*} settings: what is required with SUPABASE_URL, and one line naming the variable when something is wrong. */
class SupabaseSettingsTests {

    private static final String SERVICE = "sb_secret_0123456789abcdef";
    private static final String ANON = "sb_publishable_0123456789abcdef";

    @Test
    void withoutAUrlTheBuiltInStoreIsUsed() {
        assertThat(SupabaseSettings.from(Env.of(Map.of("SUPABASE_ANON_KEY", ANON)))).isNull();
        assertThat(SupabaseSettings.configured(Env.of(Map.of("SUPABASE_URL", "  ")))).isFalse();
    }

    @Test
    void readsTheProjectAndDefaults() {
        SupabaseSettings settings = settings(Map.of("SUPABASE_URL", "https://abc.supabase.co/"));

        assertThat(settings.url()).hasToString("https://abc.supabase.co");
        assertThat(settings.issuer()).isEqualTo("https://abc.supabase.co/auth/v1");
        assertThat(settings.apiKey()).isEqualTo(ANON);
        assertThat(settings.serviceKey()).isEqualTo(SERVICE);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.jwksMinRefetch()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.jwtSecret()).isNull();
    }

    @Test
    void acceptsTheLegacyKeyNamesAndPrefersThem() {
        Map<String, String> variables = new HashMap<>(Map.of("SUPABASE_URL", "https://abc.supabase.co", "SUPABASE_ANON_KEY", "anon-key",
                "SUPABASE_PUBLISHABLE_KEY", ANON, "SUPABASE_SERVICE_ROLE_KEY", "service-key"));

        SupabaseSettings settings = SupabaseSettings.from(Env.of(variables));

        assertThat(settings).isNotNull();
        assertThat(settings.apiKey()).isEqualTo("anon-key");
        assertThat(settings.serviceKey()).isEqualTo("service-key");
    }

    @Test
    void neverShowsAKey() {
        SupabaseSettings settings = settings(Map.of("SUPABASE_URL", "https://abc.supabase.co",
                "SUPABASE_JWT_SECRET", "a-legacy-secret-of-more-than-32-bytes"));

        assertThat(settings.toString()).doesNotContain(ANON).doesNotContain(SERVICE).doesNotContain("a-legacy-secret");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc.supabase.co                  | SUPABASE_URL: expected an http(s) URL",
        "ftp://abc.supabase.co            | SUPABASE_URL: expected an http(s) URL",
        "https://abc.supabase.co/auth/v1  | SUPABASE_URL: expected the project URL alone",
        "https://u:p@abc.supabase.co      | SUPABASE_URL: expected the project URL alone",
        "https://abc.supabase.co?x=1      | SUPABASE_URL: expected the project URL alone",
        "https://abc supabase.co          | SUPABASE_URL: not a URL",
    })
    void refusesAUrlThatIsNotAProjectUrl(String url, String expected) {
        assertThatThrownBy(() -> settings(Map.of("SUPABASE_URL", url))).isInstanceOf(StrataException.class).hasMessageStartingWith(expected);
    }

    @Test
    void requiresBothKeysNamingWhatIsMissing() {
        assertThatThrownBy(() -> SupabaseSettings.from(Env.of(Map.of("SUPABASE_URL", "https://abc.supabase.co",
                "SUPABASE_SERVICE_ROLE_KEY", SERVICE))))
                .hasMessageStartingWith("SUPABASE_ANON_KEY: required with SUPABASE_URL (or SUPABASE_PUBLISHABLE_KEY)");
        assertThatThrownBy(() -> SupabaseSettings.from(Env.of(Map.of("SUPABASE_URL", "https://abc.supabase.co",
                "SUPABASE_PUBLISHABLE_KEY", ANON))))
                .hasMessageStartingWith("SUPABASE_SERVICE_ROLE_KEY: required with SUPABASE_URL (or SUPABASE_SECRET_KEY)");
    }

    @Test
    void refusesThePublicKeyWhereTheServiceKeyBelongsWithoutShowingIt() {
        String legacyAnon = "eyJhbGciOiJIUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"iss\":\"supabase\",\"role\":\"anon\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";

        assertThatThrownBy(() -> settings(Map.of("SUPABASE_URL", "https://abc.supabase.co", "SUPABASE_SECRET_KEY", ANON)))
                .hasMessageStartingWith("SUPABASE_SECRET_KEY: this is the public").hasMessageNotContaining(ANON);
        assertThatThrownBy(() -> SupabaseSettings.from(Env.of(Map.of("SUPABASE_URL", "https://abc.supabase.co",
                "SUPABASE_ANON_KEY", ANON, "SUPABASE_SERVICE_ROLE_KEY", legacyAnon))))
                .hasMessageStartingWith("SUPABASE_SERVICE_ROLE_KEY: this is the public").hasMessageNotContaining(legacyAnon);
    }

    @Test
    void refusesAShortLegacySecretAndBadTimeouts() {
        assertThatThrownBy(() -> settings(Map.of("SUPABASE_URL", "https://abc.supabase.co", "SUPABASE_JWT_SECRET", "short")))
                .hasMessageStartingWith("SUPABASE_JWT_SECRET: must be at least 32 bytes, got 5");
        assertThatThrownBy(() -> settings(Map.of("SUPABASE_URL", "https://abc.supabase.co", "STRATA_SUPABASE_READ_TIMEOUT_MS", "soon")))
                .hasMessageStartingWith("STRATA_SUPABASE_READ_TIMEOUT_MS: expected a whole number");
    }

    @Test
    void refusesAnOwnIssuerEqualToSupabases() {
        SupabaseSettings settings = settings(Map.of("SUPABASE_URL", "https://abc.supabase.co"));

        assertThatThrownBy(() -> settings.requireDistinctIssuer("https://abc.supabase.co/auth/v1")).hasMessageStartingWith("JWT_ISSUER:");
    }

    private static SupabaseSettings settings(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(Map.of("SUPABASE_PUBLISHABLE_KEY", ANON, "SUPABASE_SECRET_KEY", SERVICE));
        all.putAll(variables);
        SupabaseSettings settings = SupabaseSettings.from(Env.of(all));
        assertThat(settings).isNotNull();
        return settings;
    }
}
