package dev.strata.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.test.AuthApi;
import dev.strata.test.HaProxy;
import dev.strata.test.ServiceProcess;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three Strata processes on one PostgreSQL and one Redis behind a real HAProxy: each replica holds
 * nothing, so a session made through one works through the others, a logout is seen by all at
 * once, and a replica killed under load costs no request beyond those it had in flight.
 */
@ExtendWith(TestEnvironment.class)
class LoadBalancedReplicasTests {

    /** Only a failure bound: three cold starts on a busy 2-core machine. */
    private static final Duration BOUND = Duration.ofSeconds(300);

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void replicasShareEverythingAndOneDiesUnderLoad(@TempDir Path directory) throws Exception {
        assumeTrue(HaProxy.available(), "haproxy is not installed");
        Map<String, String> variables = new HashMap<>(TestEnvironment.current().variables());
        variables.put("STRATA_RATE_LIMIT_IP", "1000000");
        variables.put("STRATA_RATE_LIMIT_ACCOUNT", "1000000");
        List<ServiceProcess> replicas = new ArrayList<>();
        try {
            // The first one migrates; the others start once it serves.
            replicas.add(ServiceProcess.start(directory, variables));
            replicas.getFirst().awaitHealth(BOUND);
            variables.put("STRATA_MIGRATE_ON_STARTUP", "false");
            replicas.add(ServiceProcess.start(directory, variables));
            replicas.add(ServiceProcess.start(directory, variables));
            for (ServiceProcess replica : replicas) {
                replica.awaitHealth(BOUND);
            }
            try (HaProxy balancer = HaProxy.start(directory, replicas.stream().map(ServiceProcess::port).toList())) {
                check(balancer, replicas);
            }
        } finally {
            replicas.forEach(ServiceProcess::close);
        }
    }

    private void check(HaProxy balancer, List<ServiceProcess> replicas) throws Exception {
        AuthApi through = new AuthApi("http://127.0.0.1:" + balancer.port(), json);
        awaitAllUp(through, balancer);

        // Register through one replica, then me, refresh and logout on the others.
        List<AuthApi> direct = replicas.stream().map(replica -> new AuthApi("http://127.0.0.1:" + replica.port(), json)).toList();
        String email = AuthApi.uniqueEmail("replicas");
        JsonNode registered = direct.get(0).body(direct.get(0).register(email, AuthApi.PASSWORD, null), 201);
        String access = registered.get("access_token").asString();
        direct.get(1).body(direct.get(1).me(access), 200);
        JsonNode rotated = direct.get(2).body(direct.get(2).refresh(registered.get("refresh_token").asString()), 200);
        direct.get(0).problem(direct.get(0).refresh(registered.get("refresh_token").asString()), 401, "invalid_refresh_token");

        JsonNode session = direct.get(2).body(direct.get(2).login(email, AuthApi.PASSWORD), 200);
        String token = session.get("access_token").asString();
        for (AuthApi replica : direct) {
            replica.body(replica.me(token), 200);
        }
        assertThat(direct.get(1).logout(token, false).statusCode()).isEqualTo(204);
        for (AuthApi replica : direct) {
            replica.problem(replica.me(token), 401, "unauthorized");
        }
        assertThat(rotated.get("access_token").asString()).isNotEmpty();

        // Load on /auth/me through the balancer; one replica is killed (SIGKILL) in the middle of it.
        String loadToken = through.body(through.login(email, AuthApi.PASSWORD), 200).get("access_token").asString();
        List<Integer> statuses = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            running.add(clients.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> answer = through.me(loadToken);
                        synchronized (statuses) {
                            statuses.add(answer.statusCode());
                            statuses.notifyAll();
                        }
                    } catch (Exception e) {
                        synchronized (statuses) {
                            failures.add(e.toString());
                        }
                    }
                }
                return null;
            }));
        }
        awaitAnswers(statuses, 60);
        int beforeKill;
        synchronized (statuses) {
            beforeKill = statuses.size();
        }
        replicas.get(1).kill();
        awaitAnswers(statuses, beforeKill + 300);
        stop.set(true);
        for (Future<?> client : running) {
            client.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        }
        clients.shutdown();
        long failed;
        synchronized (statuses) {
            failed = statuses.stream().filter(status -> status != 200).count() + failures.size();
            System.out.println("REPLICA KILLED under load: " + statuses.size() + " answers (" + (statuses.size() - beforeKill)
                    + " after the kill), " + failed + " failed " + failures + " "
                    + statuses.stream().filter(status -> status != 200).toList());
        }
        // The six clients had at most six requests in flight on the killed process.
        assertThat(failed).as("failed requests beyond those in flight on the killed replica").isLessThanOrEqualTo(6);
        through.body(through.me(loadToken), 200);
    }

    /** Waits until HAProxy listens and its health checks let a request through (a replica is up). */
    private static void awaitAllUp(AuthApi through, HaProxy balancer) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!serves(through)) {
            assertThat(System.nanoTime()).as("the balancer serves within %s; its log:\n%s", BOUND, balancer.log())
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean serves(AuthApi through) throws Exception {
        try {
            return through.get("/actuator/health/readiness", null).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    private static void awaitAnswers(List<Integer> statuses, int count) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        synchronized (statuses) {
            while (statuses.size() < count) {
                long left = deadline - System.nanoTime();
                assertThat(left).as("%d answers within %s", count, BOUND).isPositive();
                TimeUnit.NANOSECONDS.timedWait(statuses, left);
            }
        }
    }
}
