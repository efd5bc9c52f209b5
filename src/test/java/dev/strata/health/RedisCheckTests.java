package dev.strata.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;

/**
 * The Redis check while Lettuce is still connecting: it answers at its bound without disturbing
 * the connecting thread. Interrupting it made the connect fail after the check had answered, and
 * Reactor logged that dropped error at ERROR although nothing but a timeout had happened.
 */
class RedisCheckTests {

    private final List<Throwable> dropped = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void resetHooks() {
        Hooks.resetOnErrorDropped();
    }

    @Test
    void aCheckThatTimesOutWhileConnectingInterruptsNothingAndClosesTheLateConnection() throws Exception {
        Hooks.onErrorDropped(dropped::add);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        ReactiveRedisConnection late = fake(ReactiveRedisConnection.class, "closeLater", () -> {
            closed.countDown();
            return Mono.empty();
        });
        // Connects only when the test says so: the check cannot answer OK before its bound, however fast the machine.
        ReactiveRedisConnectionFactory connecting = fake(ReactiveRedisConnectionFactory.class, "getReactiveConnection", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw new IllegalStateException("interrupted while connecting", e);
            }
            return late;
        });

        Check check = new DependencyChecks(null, connecting, null, Duration.ofMillis(100)).redis().block(Duration.ofSeconds(60));
        release.countDown();

        assertThat(check).isEqualTo(Check.failed("no answer within 100 ms"));
        assertThat(closed.await(60, TimeUnit.SECONDS)).as("the late connection is closed").isTrue();
        assertThat(interrupted).as("the connecting thread was interrupted").isFalse();
        assertThat(dropped).isEmpty();
    }

    /** An implementation of {@code type} whose {@code method} answers from {@code answer}; any other call fails. */
    private static <T> T fake(Class<T> type, String method, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            if (called.getName().equals(method)) {
                return answer.get();
            }
            throw new UnsupportedOperationException(called.getName());
        }));
    }

    /** What a faked method returns. */
    @FunctionalInterface
    private interface Answer {
        Object get();
    }
}
