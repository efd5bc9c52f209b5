package dev.strata.auth;

import static dev.strata.test.AuthApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.ServiceTest;
import dev.strata.test.pwned.FakePwnedPasswords;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/** Off by default: with only the URL set (pointing at a fake that knows the password), nothing is looked up. */
class PasswordLeakCheckOffTests extends ServiceTest {

    private static @Nullable FakePwnedPasswords fake;

    @Autowired
    private ObjectMapper json;

    @DynamicPropertySource
    static void leakCheckUrlOnly(DynamicPropertyRegistry registry) {
        FakePwnedPasswords started = FakePwnedPasswords.start();
        fake = started;
        registry.add("STRATA_PASSWORD_LEAK_CHECK_URL", started::url);
    }

    @AfterAll
    static void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void aLeakedPasswordRegistersAndNothingIsLookedUp() throws Exception {
        FakePwnedPasswords current = fake;
        assertThat(current).isNotNull();
        current.leak("hunter2hunter2", 1234);
        AuthApi api = new AuthApi(baseUrl(), json);

        api.body(api.register(uniqueEmail("unchecked"), "hunter2hunter2", null), 201);

        assertThat(current.requests()).isEmpty();
    }
}
