package dev.strata.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.test.RedisProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Redis killed and Redis stopped (SIGSTOP) under load: 503 naming redis in time, and recovery without a restart. */
class RedisOutageTests extends OutageTest {

    private static RedisProcess redis;

    @BeforeAll
    static void startRedis() throws Exception {
        assumeTrue(RedisProcess.available(), "redis-server is not installed");
        redis = RedisProcess.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    @DynamicPropertySource
    static void ownRedis(DynamicPropertyRegistry registry) {
        variables(registry);
        registry.add("REDIS_URL", () -> redis.url());
    }

    @Test
    void redisKilledUnderLoad() throws Exception {
        outage("redis killed", "redis", REDIS_DEADLINE, redis::kill, redis::restart);
    }

    @Test
    void redisStoppedUnderLoad() throws Exception {
        outage("redis stopped (SIGSTOP)", "redis", REDIS_DEADLINE, redis::pause, redis::resume);
    }
}
