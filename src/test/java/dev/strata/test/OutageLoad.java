package dev.strata.test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Several clients calling {@code GET /auth/me}, login and register in a loop, each as its own user,
 * while a test breaks and mends a dependency. Every answer is recorded with how long it took and
 * whether the fault was on when it was asked.
 */
public final class OutageLoad implements AutoCloseable {

    /** Where the test is: before the fault, during it, or after the dependency was mended. */
    public enum Phase { BEFORE, FAULT, AFTER }

    /** One answer: which call, in which phase it was asked, its status, time, body, Retry-After, media type and when it came (System.nanoTime). */
    public record Answer(String call, Phase phase, int status, Duration elapsed, String body, String retryAfter,
            String contentType, long answeredNanos) {
    }

    private final AuthApi api;
    private final List<Answer> answers = new ArrayList<>();
    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();
    private volatile Phase phase = Phase.BEFORE;
    private volatile boolean stopped;

    /** Registers one user per client (the service must be healthy now), then starts the clients. */
    public OutageLoad(AuthApi api, int clientCount) throws Exception {
        this.api = api;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int i = 0; i < clientCount; i++) {
            String email = AuthApi.uniqueEmail("load" + i);
            String token = api.body(api.register(email, AuthApi.PASSWORD, null), 201).get("access_token").asString();
            running.add(clients.submit(() -> loop(email, token)));
        }
    }

    /** Marks the answers asked from now on. */
    public void phase(Phase next) {
        phase = next;
    }

    /** Waits until {@code count} answers match; fails after {@code bound}. */
    public synchronized void await(Predicate<Answer> which, int count, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (answers.stream().filter(which).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("fewer than " + count + " such answers within " + bound + "; got " + summary());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    public synchronized List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** Requests tried (during the fault), answers of 500 and above by status, and the slowest answer. */
    public synchronized String summary() {
        Map<Integer, Long> errors = answers.stream().filter(answer -> answer.status() >= 500)
                .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        long slowest = answers.stream().mapToLong(answer -> answer.elapsed().toMillis()).max().orElse(0);
        return answers.size() + " requests (" + answers.stream().filter(answer -> answer.phase() == Phase.FAULT).count()
                + " during the fault), 5xx "
                + errors + ", slowest " + slowest + " ms";
    }

    /**
     * The longest stretch from a 503 to the next success after it (answers in the order they came),
     * and the number of answers by status: the figures a failover test reports.
     */
    public synchronized String failoverFigures() {
        List<Answer> ordered = answers.stream().sorted(java.util.Comparator.comparingLong(Answer::answeredNanos)).toList();
        long longest = 0;
        Long firstUnavailable = null;
        for (Answer answer : ordered) {
            if (answer.status() == 503 && firstUnavailable == null) {
                firstUnavailable = answer.answeredNanos() - answer.elapsed().toNanos();
            } else if (answer.status() < 500 && firstUnavailable != null) {
                longest = Math.max(longest, answer.answeredNanos() - firstUnavailable);
                firstUnavailable = null;
            }
        }
        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        return answers.size() + " answers " + byStatus + ", longest 503 window " + Duration.ofNanos(longest).toMillis() + " ms";
    }

    private void loop(String email, String firstToken) {
        String token = firstToken;
        int round = 0;
        try {
            while (!stopped) {
                String bearer = token;
                timed("me", () -> api.me(bearer));
                HttpResponse<String> login = timed("login", () -> api.login(email, AuthApi.PASSWORD));
                if (login.statusCode() == 200) {
                    token = api.body(login, 200).get("access_token").asString();
                }
                String next = AuthApi.uniqueEmail("r" + round++);
                timed("register", () -> api.register(next, AuthApi.PASSWORD, null));
            }
        } catch (Exception e) {
            throw new IllegalStateException("a client failed: " + e, e);
        }
    }

    private HttpResponse<String> timed(String call, Callable<HttpResponse<String>> request) throws Exception {
        Phase during = phase;
        long started = System.nanoTime();
        HttpResponse<String> response = request.call();
        Answer answer = new Answer(call, during, response.statusCode(), Duration.ofNanos(System.nanoTime() - started),
                response.body(), response.headers().firstValue("retry-after").orElse(""),
                response.headers().firstValue("content-type").orElse(""), System.nanoTime());
        synchronized (this) {
            answers.add(answer);
            notifyAll();
        }
        return response;
    }

    @Override
    public void close() throws ExecutionException, TimeoutException {
        stopped = true;
        clients.shutdown();
        try {
            for (Future<?> client : running) {
                client.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            clients.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
