package dev.strata.auth;

import static dev.strata.test.AuthApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.ServiceTest;
import dev.strata.test.TcpProxy;
import dev.strata.test.pwned.FakePwnedPasswords;
import dev.strata.test.pwned.FakeRangeRequest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The leaked-password check turned on, over real sockets: the service, a proxy that can hang or
 * drop, and the fake range API behind it. The per-IP limit is raised out of the way.
 */
class PasswordLeakCheckTests extends ServiceTest {

    private static final String LEAKED = "hunter2hunter2";
    private static final String FRESH = "a password no breach has seen 7f3c";
    private static final int TIMEOUT_MS = 5000;

    private static @Nullable FakePwnedPasswords fake;
    private static @Nullable TcpProxy proxy;

    @Autowired
    private ObjectMapper json;

    private AuthApi api;

    @DynamicPropertySource
    static void leakCheck(DynamicPropertyRegistry registry) throws IOException {
        FakePwnedPasswords started = FakePwnedPasswords.start();
        fake = started;
        TcpProxy front = new TcpProxy("127.0.0.1", started.port());
        proxy = front;
        registry.add("STRATA_PASSWORD_LEAK_CHECK", () -> "true");
        registry.add("STRATA_PASSWORD_LEAK_CHECK_URL", () -> "http://127.0.0.1:" + front.port());
        registry.add("STRATA_PASSWORD_LEAK_CHECK_TIMEOUT_MS", () -> String.valueOf(TIMEOUT_MS));
        registry.add("STRATA_RATE_LIMIT_IP", () -> "100000");
    }

    @AfterAll
    static void stop() throws IOException {
        if (proxy != null) {
            proxy.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    @BeforeEach
    void reset() {
        api = new AuthApi(baseUrl(), json);
        proxy().mode(TcpProxy.Mode.PASS);
        fake().reset();
        fake().leak(LEAKED, 1234);
    }

    @Test
    void aLeakedPasswordIsRefusedAsWeakAndNoAccountIsMade() throws Exception {
        String email = uniqueEmail("leaked");

        JsonNode problem = api.problem(api.register(email, LEAKED, null), 422, "weak_password");

        assertThat(problem.get("detail").asString()).isEqualTo("The password is too weak.");
        assertThat(problem.get("reasons").values()).map(JsonNode::asString)
                .containsExactly("not a password exposed in a data breach");
        api.problem(api.login(email, LEAKED), 401, "invalid_credentials");
    }

    @Test
    void onlyTheFirstFiveHexCharactersOfTheSha1LeaveTheService() throws Exception {
        api.body(api.register(uniqueEmail("fresh"), FRESH, null), 201);
        api.problem(api.register(uniqueEmail("leaked"), LEAKED, null), 422, "weak_password");

        List<FakeRangeRequest> requests = fake().requests();
        assertThat(requests).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String password = i == 0 ? FRESH : LEAKED;
            String hash = FakePwnedPasswords.sha1(password);
            FakeRangeRequest request = requests.get(i);
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.uri()).isEqualTo("/range/" + hash.substring(0, 5));
            assertThat(request.header("Add-Padding")).isEqualTo("true");
            assertThat(request.body()).isEmpty();
            assertThat(request.everything()).doesNotContain(password).doesNotContainIgnoringCase(hash.substring(5));
        }
    }

    @Test
    void aPaddingLineWithThePasswordsOwnSuffixDoesNotCount() throws Exception {
        String padded = "padded but never breached 91b2";
        fake().padWith(padded);

        api.body(api.register(uniqueEmail("padded"), padded, null), 201);

        assertThat(fake().requests()).hasSize(1);
    }

    @Test
    void aPasswordTheRuleRefusesIsNotLookedUp() throws Exception {
        JsonNode problem = api.problem(api.register(uniqueEmail("short"), "abc", null), 422, "weak_password");

        assertThat(problem.get("reasons").values()).map(JsonNode::asString).containsExactly("at least 6 characters");
        assertThat(fake().requests()).isEmpty();
    }

    @Test
    void theApiDownRefusesRegistrationWith503AndRecovers() throws Exception {
        proxy().mode(TcpProxy.Mode.DOWN);
        String email = uniqueEmail("down");

        unavailable(api.register(email, FRESH, null));

        proxy().mode(TcpProxy.Mode.PASS);
        api.body(api.register(email, FRESH, null), 201);
    }

    @Test
    void theApiTooSlowRefusesRegistrationWith503WithinItsTimeout() throws Exception {
        proxy().mode(TcpProxy.Mode.HANG);
        long start = System.nanoTime();

        HttpResponse<String> response = api.register(uniqueEmail("slow"), FRESH, null);

        // The proxy would hold the lookup forever: the answer comes from the timeout. The bound is
        // loose on purpose (a loaded machine), yet far below AuthApi's own 30-second limit.
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        unavailable(response);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(TIMEOUT_MS - 100)).isLessThan(Duration.ofSeconds(25));
    }

    @Test
    void anErrorOrAnAnswerThatIsNotARangeRefusesRegistrationWith503() throws Exception {
        fake().failWith(503);
        unavailable(api.register(uniqueEmail("error"), FRESH, null));

        fake().failWith(0);
        fake().answerWith("<html><body>Please sign in to the network</body></html>");
        unavailable(api.register(uniqueEmail("portal"), FRESH, null));

        fake().answerWith("");
        unavailable(api.register(uniqueEmail("empty"), FRESH, null));
    }

    private void unavailable(HttpResponse<String> response) {
        JsonNode problem = api.problem(response, 503, "dependency_unavailable");
        assertThat(problem.get("dependency").asString()).isEqualTo("password_check");
        assertThat(response.body()).doesNotContain("127.0.0.1").doesNotContain("range");
    }

    private static FakePwnedPasswords fake() {
        FakePwnedPasswords current = fake;
        if (current == null) {
            throw new IllegalStateException("the fake Pwned Passwords API of this class is not running");
        }
        return current;
    }

    private static TcpProxy proxy() {
        TcpProxy current = proxy;
        if (current == null) {
            throw new IllegalStateException("the proxy of this class is not running");
        }
        return current;
    }
}
