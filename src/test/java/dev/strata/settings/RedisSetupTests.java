package dev.strata.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisURI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each Redis topology from its variables, and every bad combination refused with one line naming the variables. */
class RedisSetupTests {

    private static RedisSetup parse(Map<String, String> variables) {
        return RedisSetup.from(Env.of(variables), false);
    }

    @Test
    void oneNode() {
        RedisSetup setup = parse(Map.of("REDIS_URL", "rediss://:pw@cache.example.com:6380/2"));
        assertThat(setup.cluster()).isFalse();
        assertThat(setup.url().isSsl()).isTrue();
        assertThat(setup.url().getDatabase()).isEqualTo(2);
        assertThat(setup.describe()).isEqualTo("cache.example.com:6380");
        assertThat(setup.waitReplicas()).isZero();
    }

    @Test
    void sentinelFromItsVariables() {
        RedisSetup setup = parse(Map.of("REDIS_SENTINEL_NODES", "s1:26379, s2:26380,s3:26381",
                "REDIS_SENTINEL_MASTER", "mymaster", "REDIS_SENTINEL_PASSWORD", "sentinel-pw", "REDIS_PASSWORD", "data-pw",
                "STRATA_REDIS_WAIT_REPLICAS", "1"));
        RedisURI uri = setup.url();
        assertThat(uri.getSentinelMasterId()).isEqualTo("mymaster");
        assertThat(uri.getSentinels()).extracting(RedisURI::getPort).containsExactly(26379, 26380, 26381);
        assertThat(uri.getSentinels().getFirst().getCredentialsProvider().resolveCredentials().block().getPassword())
                .isEqualTo("sentinel-pw".toCharArray());
        assertThat(uri.getCredentialsProvider().resolveCredentials().block().getPassword()).isEqualTo("data-pw".toCharArray());
        assertThat(setup.describe()).isEqualTo("sentinel master 'mymaster' via s1:26379,s2:26380,s3:26381");
        assertThat(setup.waitReplicas()).isEqualTo(1);
    }

    @Test
    void sentinelFromTheUri() {
        RedisSetup setup = parse(Map.of("REDIS_URL", "redis-sentinel://s1:26379,s2:26379/0#mymaster"));
        assertThat(setup.url().getSentinels()).hasSize(2);
        assertThat(setup.url().getSentinelMasterId()).isEqualTo("mymaster");
    }

    @Test
    void cluster() {
        RedisSetup setup = parse(Map.of("REDIS_CLUSTER_NODES", "n1:7000,n2:7001,rediss://n3:7002"));
        assertThat(setup.cluster()).isTrue();
        assertThat(setup.url()).isNull();
        assertThat(setup.clusterNodes()).extracting(RedisURI::getHost).containsExactly("n1", "n2", "n3");
        assertThat(setup.describe()).isEqualTo("cluster n1:7000,n2:7001,n3:7002");
    }

    @Test
    void badCombinationsNameTheirVariables() {
        assertRefused(Map.of("REDIS_URL", "redis://a:6379", "REDIS_CLUSTER_NODES", "n1:7000"),
                "REDIS_URL and REDIS_CLUSTER_NODES: set only one Redis topology");
        assertRefused(Map.of("REDIS_URL", "redis://a:6379", "REDIS_SENTINEL_NODES", "s1:26379"),
                "REDIS_URL and REDIS_SENTINEL_NODES/REDIS_SENTINEL_MASTER: set only one");
        assertRefused(Map.of("REDIS_SENTINEL_MASTER", "m", "REDIS_CLUSTER_NODES", "n1:7000"),
                "REDIS_SENTINEL_NODES/REDIS_SENTINEL_MASTER and REDIS_CLUSTER_NODES: set only one");
        assertRefused(Map.of("REDIS_SENTINEL_NODES", "s1:26379"), "REDIS_SENTINEL_NODES and REDIS_SENTINEL_MASTER: a Sentinel setup needs both");
        assertRefused(Map.of("REDIS_SENTINEL_MASTER", "m"), "REDIS_SENTINEL_NODES and REDIS_SENTINEL_MASTER");
        assertRefused(Map.of("REDIS_URL", "redis://a:6379", "REDIS_SENTINEL_PASSWORD", "x"), "REDIS_SENTINEL_PASSWORD: only used with");
        assertRefused(Map.of("REDIS_URL", "redis://a:6379", "REDIS_PASSWORD", "x"), "REDIS_PASSWORD: only used with");
        assertRefused(Map.of("REDIS_CLUSTER_NODES", "n1:7000", "REDIS_SENTINEL_PASSWORD", "x"), "REDIS_SENTINEL_PASSWORD: only used with");
        assertRefused(Map.of("REDIS_CLUSTER_NODES", "n1"), "REDIS_CLUSTER_NODES: expected host:port");
        assertRefused(Map.of("REDIS_CLUSTER_NODES", "redis://n1:7000/3"), "REDIS_CLUSTER_NODES: a Redis Cluster has database 0 only");
        assertRefused(Map.of("REDIS_URL", "redis-sentinel://s1:26379/0"), "REDIS_URL: URI must contain the sentinelMasterId");
        assertRefused(Map.of("REDIS_URL", "http://a"), "REDIS_URL: expected redis://");
        assertRefused(Map.of("REDIS_URL", "redis://a:6379", "STRATA_REDIS_KEY_PREFIX", "app{1}:"), "STRATA_REDIS_KEY_PREFIX: must not contain");
        assertRefused(Map.of("REDIS_URL", "redis://a:6379", "STRATA_REDIS_WAIT_REPLICAS", "11"), "STRATA_REDIS_WAIT_REPLICAS: expected a whole number");
        assertRefused(Map.of(), "REDIS_URL: required with a configured database");
    }

    @Test
    void theEmbeddedRedisHasNoReplicasToWaitFor() {
        assertThatThrownBy(() -> RedisSetup.from(Env.of(Map.of("STRATA_REDIS_WAIT_REPLICAS", "1")), true))
                .isInstanceOf(StrataException.class)
                .hasMessage("STRATA_REDIS_WAIT_REPLICAS: only used with REDIS_URL, REDIS_SENTINEL_NODES or REDIS_CLUSTER_NODES");
        assertThat(RedisSetup.from(Env.of(Map.of()), true).describe()).isEqualTo("embedded");
    }

    private static void assertRefused(Map<String, String> variables, String messageStart) {
        assertThatThrownBy(() -> parse(variables)).as("%s", variables).isInstanceOf(StrataException.class)
                .hasMessageStartingWith(messageStart);
    }
}
