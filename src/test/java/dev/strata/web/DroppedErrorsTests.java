package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisSystemException;

/** Which errors that outlive their request are an outage's echo (one WARN line) and which may be bugs (ERROR). */
class DroppedErrorsTests {

    @Test
    void anOutagesEchoIsNoBug() {
        assertThat(DroppedErrors.isOutage(new RedisSystemException("Redis exception", new RedisException("Connection closed"))))
                .isTrue();
        assertThat(DroppedErrors.isOutage(new IOException("Connection reset by peer"))).isTrue();
        assertThat(DroppedErrors.isOutage(Dependency.DATABASE.unavailable("no answer within 10 ms"))).isTrue();
    }

    @Test
    void anythingElseMayBeABug() {
        assertThat(DroppedErrors.isOutage(new IllegalStateException("a bug"))).isFalse();
        assertThat(DroppedErrors.isOutage(new RedisSystemException("Redis exception", new IllegalArgumentException("x"))))
                .isFalse();
    }
}
