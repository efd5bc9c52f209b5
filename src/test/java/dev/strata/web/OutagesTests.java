package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import reactor.core.publisher.Mono;

/** Which failures are a dependency's outage (503) and which stay bugs (500). */
class OutagesTests {

    @Test
    void theDriversOwnFailuresNameTheirDependency() {
        assertThat(dependency(new QueryTimeoutException("Redis command timed out", new RedisCommandTimeoutException("timed out"))))
                .isEqualTo(Dependency.REDIS);
        assertThat(dependency(new RedisConnectionException("Connection refused"))).isEqualTo(Dependency.REDIS);
        assertThat(dependency(new RedisCommandExecutionException("LOADING Redis is loading the dataset in memory")))
                .isEqualTo(Dependency.REDIS);
        assertThat(dependency(new DataAccessResourceFailureException("closed",
                new R2dbcNonTransientResourceException("Connection closed")))).isEqualTo(Dependency.DATABASE);
        assertThat(dependency(new R2dbcTimeoutException("Connection acquisition timed out after 1000ms")))
                .isEqualTo(Dependency.DATABASE);
        assertThat(dependency(new R2dbcNonTransientResourceException("too many clients", "53300"))).isEqualTo(Dependency.DATABASE);
        assertThat(dependency(Dependency.AUTH_PROVIDER.unavailable("down"))).isEqualTo(Dependency.AUTH_PROVIDER);
    }

    @Test
    void anAnswerAboutTheRequestItselfIsNoOutage() {
        assertThat(Outages.of(new R2dbcNonTransientResourceException("profile insert refused for the test", "P0001"))).isNull();
        assertThat(Outages.of(new RedisCommandExecutionException("ERR Error running script"))).isNull();
        assertThat(Outages.of(new TimeoutException("whose?"))).isNull();
        assertThat(Outages.of(new IllegalStateException("a bug"))).isNull();
    }

    @Test
    void aDeadlineThatPassesIsTheDependencysOutage() {
        DependencyUnavailable outage = Dependency.DATABASE.within(Duration.ofMillis(10), Mono.never())
                .onErrorResume(DependencyUnavailable.class, Mono::just)
                .cast(DependencyUnavailable.class)
                .block(Duration.ofSeconds(10));

        assertThat(outage).isNotNull();
        assertThat(outage.status().value()).isEqualTo(503);
        assertThat(outage.code()).isEqualTo("dependency_unavailable");
        assertThat(outage.extra()).containsEntry("dependency", "database").containsKey("retry_after");
        assertThat(outage.reason()).isEqualTo("no answer within 10 ms");
    }

    @Test
    void aConnectionLostMidCommandIsTheCallersDependencysOutage() {
        // What Lettuce hands through when Redis dies with a command in flight: Netty's bare IOException.
        IOException reset = new IOException("recvAddress(..) failed with error(-104): Connection reset by peer");
        assertThat(Outages.of(reset)).as("whose connection is unknown here").isNull();

        assertThat(Outages.of(failureOf(Dependency.REDIS.onConnectionLoss(Mono.error(new IllegalStateException("x", reset))))))
                .extracting(DependencyUnavailable::dependency).isEqualTo(Dependency.REDIS);
        assertThat(Outages.of(failureOf(Dependency.REDIS.onConnectionLoss(Mono.error(new IllegalStateException("a bug"))))))
                .isNull();
    }

    @Test
    void whyACallGotNoAnswerNamesTheDeadlineOrTheInnermostCause() {
        assertThat(Dependency.whyNoAnswer(new IllegalStateException("x", new TimeoutException()), Duration.ofMillis(300)))
                .isEqualTo("no answer within 300 ms");
        assertThat(Dependency.whyNoAnswer(new IllegalStateException("x", new IOException("Connection refused")),
                Duration.ofMillis(300))).isEqualTo("IOException: Connection refused");
    }

    private static Throwable failureOf(Mono<Object> call) {
        Throwable failure = call.<Throwable>map(value -> new AssertionError("no failure: " + value))
                .onErrorResume(error -> Mono.just(error)).block(Duration.ofSeconds(10));
        assertThat(failure).isNotNull();
        return failure;
    }

    private static Dependency dependency(Throwable error) {
        DependencyUnavailable outage = Outages.of(error);
        assertThat(outage).as("an outage: %s", error).isNotNull();
        return outage.dependency();
    }
}
