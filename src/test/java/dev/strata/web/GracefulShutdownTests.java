package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.ServiceProcess;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as a process, run as in production: JSON logs, the management endpoints on their
 * own port, and SIGTERM under load. Readiness turns down first, every request already sent is
 * answered, and only then does the process end.
 */
@ExtendWith(TestEnvironment.class)
class GracefulShutdownTests {

    /** Only a failure bound: a cold start on a busy 2-core machine takes a minute. */
    private static final Duration BOUND = Duration.ofSeconds(180);
    private static final int CLIENTS = 6;

    /** One request of the load: when it was sent, and its status or the failure. */
    private record Sent(long startedNanos, int status, String failure) {
    }

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void sigtermUnderLoadAnswersEveryRequestInFlight(@TempDir Path workingDirectory) throws Exception {
        int managementPort = ServiceProcess.freePort();
        Map<String, String> variables = new HashMap<>(TestEnvironment.current().variables());
        variables.putAll(Map.of("LOG_FORMAT", "json", "MANAGEMENT_PORT", String.valueOf(managementPort),
                "STRATA_SHUTDOWN_GRACE", "30", "STRATA_RATE_LIMIT_IP", "1000000", "STRATA_RATE_LIMIT_ACCOUNT", "1000000",
                // a line written inside the request's reactive chain, to see its request id
                "LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_SECURITY_WEB_SERVER_AUTHORIZATION", "DEBUG"));
        ServiceProcess service = ServiceProcess.start(workingDirectory, variables);
        try {
            service.awaitHealth(BOUND);
            AuthApi api = new AuthApi("http://127.0.0.1:" + service.port(), json);
            String email = AuthApi.uniqueEmail("drain");
            String token = api.body(api.register(email, AuthApi.PASSWORD, null), 201).get("access_token").asString();

            // The request id: the trace id of traceparent, answered and on the request's log lines.
            String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
            HttpResponse<String> traced = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + service.port() + "/auth/me"))
                    .header("Authorization", "Bearer " + token)
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(traced.statusCode()).isEqualTo(200);
            assertThat(traced.headers().firstValue("X-Request-Id")).hasValue(traceId);
            assertThat(api.get("/health", null).headers().firstValue("X-Request-Id")).hasValueSatisfying(
                    id -> assertThat(id).matches("[0-9a-f]{32}").isNotEqualTo(traceId));
            awaitLogLine(service, line -> traceId.equals(text(line, "request_id")));

            // The management port serves the probes and the metrics.
            HttpClient http = HttpClient.newHttpClient();
            String management = "http://127.0.0.1:" + managementPort;
            assertThat(http.send(HttpRequest.newBuilder(URI.create(management + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(management + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("strata_auth_login_total");

            List<Sent> sent = new ArrayList<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            byte[] me = ("GET /auth/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            String login = json.writeValueAsString(Map.of("email", email, "password", AuthApi.PASSWORD));
            byte[] loginRequest = ("POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + login.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
                    + login).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < CLIENTS; i++) {
                byte[] request = i % 2 == 0 ? me : loginRequest;
                clients.submit(() -> {
                    while (true) {
                        long started = System.nanoTime();
                        Sent one;
                        try {
                            one = new Sent(started, RawHttp.exchange(service.port(), request, false).status(), "");
                        } catch (IOException e) {
                            one = new Sent(started, 0, e.toString());
                        }
                        synchronized (sent) {
                            sent.add(one);
                            sent.notifyAll();
                        }
                        if (one.status() == 0) {
                            return null; // the port is closed: this client is done
                        }
                    }
                });
            }
            awaitCount(sent, 60);
            long sigterm = System.nanoTime();
            service.terminate();
            int exit = service.awaitExit(BOUND);
            clients.shutdown();
            assertThat(clients.awaitTermination(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();

            List<Sent> before;
            synchronized (sent) {
                before = sent.stream().filter(one -> one.startedNanos() < sigterm).toList();
            }
            long failedInFlight = before.stream().filter(one -> one.status() != 200).count();
            System.out.println("SHUTDOWN under load: " + before.size() + " requests sent before SIGTERM, " + failedInFlight
                    + " failed; " + (sent.size() - before.size()) + " sent after it; exit " + exit);
            assertThat(before).allSatisfy(one -> assertThat(one.status()).as(one.failure()).isEqualTo(200));
            assertThat(exit).isIn(0, 143);

            List<String> order = service.stdout().lines().map(line -> text(line, "message"))
                    .filter(message -> message.startsWith("Readiness: REFUSING_TRAFFIC")
                            || message.startsWith("Commencing graceful shutdown") || message.startsWith("Graceful shutdown complete"))
                    .toList();
            assertThat(order).as("readiness down, then the port drained").startsWith("Readiness: REFUSING_TRAFFIC")
                    .anyMatch(message -> message.startsWith("Graceful shutdown complete"));
        } finally {
            service.close();
        }
    }

    private String text(String line, String field) {
        try {
            JsonNode node = json.readTree(line);
            JsonNode value = node.get(field);
            return value == null ? "" : value.asString();
        } catch (RuntimeException notJson) {
            throw new AssertionError("not a JSON log line: " + line, notJson);
        }
    }

    private static void awaitLogLine(ServiceProcess service, java.util.function.Predicate<String> which)
            throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (service.stdout().lines().noneMatch(which)) {
            assertThat(System.nanoTime()).as("log line within %s; stdout:\n%s", BOUND, service.stdout()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void awaitCount(List<Sent> sent, int count) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        synchronized (sent) {
            while (sent.size() < count) {
                long left = deadline - System.nanoTime();
                assertThat(left).as("%d requests within %s", count, BOUND).isPositive();
                TimeUnit.NANOSECONDS.timedWait(sent, left);
            }
        }
    }
}
