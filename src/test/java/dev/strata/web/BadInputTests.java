package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.ServiceTest;
import dev.strata.test.TestDatabase;
import dev.strata.web.BadInputs.BadInput;
import dev.strata.web.BadInputs.Endpoint;
import dev.strata.web.BadInputs.Expect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The bad-input corpus over a real socket: every endpoint crossed with malformed and oversized
 * bodies, wrong types, control and bidi characters, odd methods, paths, headers and Authorization
 * forms. Every answer is 2xx or 4xx; every 4xx is problem JSON with a code; no body names a Java
 * class or shows a stack frame; a user row exists only where a registration was answered 2xx.
 */
class BadInputTests extends ServiceTest {

    /** What no error answer may contain: Java packages and class names, exception names, stack frames. */
    private static final List<String> LEAKS = List.of("dev.strata", "java.", "javax.", "jakarta.", "Exception", "org.springframework",
            "reactor.", "io.netty", "tools.jackson", "com.fasterxml", "\tat ", "$");
    /** What no answer at all may contain (Actuator's info names the Maven group, dev.strata, by design). */
    private static final List<String> TRACES = List.of("Exception", "\tat ");

    @Autowired
    private ObjectMapper json;

    @DynamicPropertySource
    static void generousLimits(DynamicPropertyRegistry registry) {
        // Hundreds of registrations and logins from one address: the rate limits are not under test here.
        registry.add("STRATA_RATE_LIMIT_IP", () -> "1000000");
        registry.add("STRATA_RATE_LIMIT_ACCOUNT", () -> "1000000");
    }

    @Test
    void everyBadInputIsAnsweredWithProblemJsonAndChangesNothing(TestDatabase database) throws Exception {
        run(input -> input.expect() != Expect.REFUSED_WHEN_STRICT, 500, database);
    }

    /** Control characters in strings, a number for a password, passwords over bcrypt's 72 bytes: refused once JSON input is strict. */
    @Test
    void inputsStrictJsonRefusesAreRefused(TestDatabase database) throws Exception {
        run(input -> input.expect() == Expect.REFUSED_WHEN_STRICT, 30, database);
    }

    private void run(Predicate<BadInput> which, int atLeast, TestDatabase database) throws Exception {
        AuthApi api = new AuthApi(baseUrl(), json);
        String reader = token(api);
        String leaver = token(api);
        String login = "{\"email\":\"EMAIL\",\"password\":\"" + AuthApi.PASSWORD + "\"}";
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/auth/register",
                        "{\"email\":\"EMAIL\",\"password\":\"" + AuthApi.PASSWORD + "\",\"full_name\":\"Corpus\"}", ""),
                new Endpoint("POST", "/auth/login", login, ""),
                new Endpoint("POST", "/auth/refresh", "{\"refresh_token\":\"EMAIL\"}", ""),
                new Endpoint("POST", "/auth/logout", null, "Bearer " + leaver),
                new Endpoint("GET", "/auth/me", null, "Bearer " + reader),
                new Endpoint("GET", "/health", null, ""),
                new Endpoint("GET", "/actuator/health", null, ""),
                new Endpoint("GET", "/actuator/health/nothing-here", null, "Bearer " + reader),
                new Endpoint("GET", "/actuator/info", null, ""),
                new Endpoint("GET", "/v3/api-docs", null, ""));
        List<BadInput> corpus = BadInputs.corpus(endpoints, AuthApi.PASSWORD).stream().filter(which).toList();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Set<String> created = new HashSet<>();
        for (BadInput input : corpus) {
            RawHttp.Answer answer;
            try {
                answer = RawHttp.exchange(port, input.request(), input.head());
            } catch (Exception e) {
                failures.add(input.name() + ": no answer (" + e + ")");
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            failures.addAll(check(input, answer));
            if (input.email() != null && answer.status() / 100 == 2) {
                created.add(input.email());
            }
        }
        System.out.printf("bad-input corpus: %d requests, statuses %s%n", corpus.size(), statuses);
        failures.addAll(rowsNotCreatedByValidRequests(database, corpus, created));

        assertThat(corpus.size()).as("corpus size").isGreaterThanOrEqualTo(atLeast);
        assertThat(failures).as("answers that break the rules, of %d", corpus.size()).isEmpty();
    }

    private List<String> check(BadInput input, RawHttp.Answer answer) {
        List<String> failures = new ArrayList<>();
        String what = input.name() + " -> " + answer.status() + " " + answer.body();
        int family = answer.status() / 100;
        if (family != 4 && !(family == 2 && input.expect() == Expect.ANSWERED)) {
            failures.add("status: " + what);
        }
        for (String leak : family == 2 ? TRACES : LEAKS) {
            if (answer.body().contains(leak)) {
                failures.add("names " + leak + ": " + what);
            }
        }
        if (family == 4) {
            if (!answer.header("content-type").startsWith("application/problem+json")) {
                failures.add("content type " + answer.header("content-type") + ": " + what);
            } else if (!input.head()) {
                JsonNode problem = json.readTree(answer.body());
                for (String member : List.of("type", "title", "status", "detail", "code")) {
                    if (!problem.hasNonNull(member)) {
                        failures.add("no " + member + ": " + what);
                    }
                }
                if (problem.path("status").asInt() != answer.status()) {
                    failures.add("status member differs: " + what);
                }
            }
        }
        return failures;
    }

    /** Every corpus email with a row must have been answered 2xx. */
    private static List<String> rowsNotCreatedByValidRequests(TestDatabase database, List<BadInput> corpus, Set<String> created)
            throws Exception {
        Set<String> rows = new HashSet<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT email FROM users")) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        List<String> failures = new ArrayList<>();
        for (BadInput input : corpus) {
            if (input.email() != null && rows.contains(input.email()) && !created.contains(input.email())) {
                failures.add("a refused request created a user: " + input.name());
            }
        }
        return failures;
    }

    private String token(AuthApi api) throws Exception {
        return api.body(api.register(AuthApi.uniqueEmail("corpus"), AuthApi.PASSWORD, null), 201).get("access_token").asString();
    }
}
