package dev.strata.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisCredentialsProvider;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisNode;

/**
 * What a Redis Cluster needs beyond one node's settings. Lettuce follows the cluster's topology:
 * a {@code MOVED} or {@code ASK} redirect, a reconnect or a failed-over master refreshes it at once
 * (adaptive refresh), and a periodic refresh catches what no event shows.
 */
final class RedisTopologies {

    /** The periodic refresh; the adaptive triggers act at once, at most once per timeout. */
    private static final Duration PERIODIC_REFRESH = Duration.ofSeconds(30);

    private RedisTopologies() {
    }

    static RedisClusterConfiguration cluster(List<RedisURI> seeds) {
        RedisClusterConfiguration cluster = new RedisClusterConfiguration();
        for (RedisURI seed : seeds) {
            cluster.addClusterNode(new RedisNode(seed.getHost(), seed.getPort()));
        }
        if (seeds.getFirst().getCredentialsProvider() instanceof RedisCredentialsProvider.ImmediateRedisCredentialsProvider given) {
            RedisCredentials credentials = given.resolveCredentialsNow();
            if (credentials.hasUsername()) {
                cluster.setUsername(credentials.getUsername());
            }
            if (credentials.hasPassword()) {
                cluster.setPassword(credentials.getPassword());
            }
        }
        return cluster;
    }

    /**
     * {@code options} plus adaptive and periodic topology refresh; a command redirected too often
     * fails in time. Lettuce 7 turns every adaptive trigger (MOVED, ASK, reconnects, unknown node,
     * uncovered slot) on by default; only their rate limit is set here.
     */
    static ClusterClientOptions clusterOptions(ClientOptions options, Duration timeout) {
        ClusterTopologyRefreshOptions refresh = ClusterTopologyRefreshOptions.builder()
                .adaptiveRefreshTriggersTimeout(timeout)
                .enablePeriodicRefresh(PERIODIC_REFRESH)
                .dynamicRefreshSources(true)
                .closeStaleConnections(true)
                .build();
        return ClusterClientOptions.builder(options)
                .topologyRefreshOptions(refresh)
                .validateClusterNodeMembership(false)
                .build();
    }
}
