package dev.strata.test.supabase;

import dev.strata.test.AuthApi;
import dev.strata.test.ServiceTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole service in Supabase mode, on its own database, Redis prefix and fake Supabase Auth
 * (started before the context, stopped after the class). Register and login come from one
 * address here, so the per-IP limit is raised out of the way; the per-account limit stays.
 */
public abstract class SupabaseServiceTest extends ServiceTest {

    protected static @Nullable FakeSupabaseAuth fake;

    @Autowired
    protected ObjectMapper json;

    protected AuthApi api;

    @DynamicPropertySource
    static void supabaseVariables(DynamicPropertyRegistry registry) {
        FakeSupabaseAuth started = FakeSupabaseAuth.start();
        fake = started;
        started.variables().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("STRATA_RATE_LIMIT_IP", () -> "100000");
    }

    @AfterAll
    static void stopFake() {
        if (fake != null) {
            fake.close();
            fake = null;
        }
    }

    @BeforeEach
    void api() {
        api = new AuthApi(baseUrl(), json);
    }

    protected static FakeSupabaseAuth fake() {
        FakeSupabaseAuth current = fake;
        if (current == null) {
            throw new IllegalStateException("the fake Supabase Auth of this class is not running");
        }
        return current;
    }
}
