package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.OutageLoad;
import dev.strata.test.OutageLoad.Answer;
import dev.strata.test.OutageLoad.Phase;
import dev.strata.test.TestEnvironment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the fault tests: the service on a real port with short deadlines, several clients
 * calling me, login and register while a test breaks a dependency and mends it again. Every answer
 * must be a success, a client error, or 503 {@code dependency_unavailable} naming the broken
 * dependency, each within its deadline plus a margin, and the service must serve again without a
 * restart once the dependency is back.
 */
@ExtendWith(TestEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class OutageTest {

    static final Duration REDIS_DEADLINE = Duration.ofMillis(500);
    static final Duration DATABASE_DEADLINE = Duration.ofMillis(1000);
    /**
     * Room for bcrypt and the other calls of a request; on a busy machine it grows to twice the
     * slowest answer seen before the fault. An unbounded wait (a client timing out after
     * {@link #BOUND}) is far beyond either.
     */
    private static final Duration MARGIN = Duration.ofSeconds(3);
    private static final int CLIENTS = 6;
    private static final int FAULT_ANSWERS = 36;
    private static final Duration BOUND = Duration.ofSeconds(60);

    /** A step that breaks or mends a dependency. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

    /** The class's database and Redis, short deadlines, and no rate limits (all clients share one address). */
    static void variables(DynamicPropertyRegistry registry) {
        TestEnvironment.current().variables().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("STRATA_REDIS_TIMEOUT_MS", () -> String.valueOf(REDIS_DEADLINE.toMillis()));
        registry.add("STRATA_DB_TIMEOUT_MS", () -> String.valueOf(DATABASE_DEADLINE.toMillis()));
        registry.add("STRATA_RATE_LIMIT_IP", () -> "1000000");
        registry.add("STRATA_RATE_LIMIT_ACCOUNT", () -> "1000000");
    }

    /** Runs the load through {@code fault} and {@code mend}, then checks every answer; returns the figures. */
    String outage(String name, String dependency, Duration deadline, Step fault, Step mend) throws Exception {
        AuthApi api = new AuthApi("http://localhost:" + port, json);
        List<Answer> answers;
        String summary;
        // A cold service's first requests (connections opening, classes loading) may take longer than the
        // short deadlines here: start from one that serves.
        awaitServing(api);
        try (OutageLoad load = new OutageLoad(api, CLIENTS)) {
            load.await(answer -> true, CLIENTS * 3, BOUND);
            fault.run();
            load.phase(Phase.FAULT);
            load.await(answer -> answer.phase() == Phase.FAULT, FAULT_ANSWERS, BOUND);
            mend.run();
            load.phase(Phase.AFTER);
            awaitServing(api);
            load.await(answer -> answer.phase() == Phase.AFTER && answer.call().equals("me") && answer.status() == 200,
                    CLIENTS, BOUND);
            answers = load.answers();
            summary = load.summary();
        }
        System.out.println("OUTAGE " + name + ": " + summary);
        Duration slowestBefore = answers.stream().filter(answer -> answer.phase() == Phase.BEFORE)
                .map(Answer::elapsed).max(Duration::compareTo).orElse(Duration.ZERO);
        Duration margin = slowestBefore.multipliedBy(2).compareTo(MARGIN) > 0 ? slowestBefore.multipliedBy(2) : MARGIN;
        assertFailedWell(answers, dependency, deadline.plus(margin));
        return summary;
    }

    private void assertFailedWell(List<Answer> answers, String dependency, Duration bound) {
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as("%s: %s", answer.call(), answer.body()).isIn(200, 201, 401, 503);
            assertThat(answer.elapsed()).as("%s answered %d", answer.call(), answer.status()).isLessThanOrEqualTo(bound);
        });
        List<Answer> unavailable = answers.stream().filter(answer -> answer.status() == 503).toList();
        assertThat(unavailable).as("503s during the fault").anyMatch(answer -> answer.phase() == Phase.FAULT);
        assertThat(unavailable).allSatisfy(answer -> {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.retryAfter()).isNotEmpty();
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("code").asString()).isEqualTo("dependency_unavailable");
            assertThat(problem.get("dependency").asString()).isEqualTo(dependency);
            assertThat(problem.get("status").asInt()).isEqualTo(503);
        });
    }

    /** Waits until a new account can register, sign in and read its profile: no restart needed. */
    private static void awaitServing(AuthApi api) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        String email = AuthApi.uniqueEmail("back");
        while (api.register(email, AuthApi.PASSWORD, null).statusCode() != 201) {
            assertThat(System.nanoTime()).as("serving again within %s", BOUND).isLessThan(deadline);
            Thread.sleep(100);
        }
        String token = api.body(api.login(email, AuthApi.PASSWORD), 200).get("access_token").asString();
        api.body(api.me(token), 200);
    }
}
