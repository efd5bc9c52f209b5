package dev.strata.settings;

import io.lettuce.core.RedisURI;
import io.lettuce.core.StaticCredentialsProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Redis of the service, as configured: one node, a Sentinel-watched master, or a Cluster.
 *
 * @param url one node ({@code REDIS_URL}: {@code redis://[user:password@]host:6379/0}, {@code rediss://}
 *     for TLS) or a Sentinel-watched master ({@code redis-sentinel://} in {@code REDIS_URL}, or
 *     {@code REDIS_SENTINEL_NODES} with {@code REDIS_SENTINEL_MASTER}); null for a Cluster, and when unset,
 *     which starts the embedded Redis (only the zero-setup run may: with a configured database every
 *     replica must share the sessions)
 * @param clusterNodes {@code REDIS_CLUSTER_NODES}: the seed nodes of a Redis Cluster; empty otherwise
 * @param keyPrefix {@code STRATA_REDIS_KEY_PREFIX}, default {@code strata:}: every key starts with it
 * @param timeout {@code STRATA_REDIS_TIMEOUT_MS}, 50 to 60000, default 2000: the deadline of every Redis command
 *     (and of connecting); past it the request answers 503 {@code dependency_unavailable}
 * @param waitReplicas {@code STRATA_REDIS_WAIT_REPLICAS}, 0 to 10, default 0: how many replicas must have a
 *     session write (sign-in, refresh) before it is answered ({@code WAIT}); 0 answers once the master has it
 */
public record RedisSetup(@Nullable RedisURI url, List<RedisURI> clusterNodes, String keyPrefix, Duration timeout,
        int waitReplicas) {

    private static final List<String> SENTINEL_VARIABLES = List.of("REDIS_SENTINEL_NODES", "REDIS_SENTINEL_MASTER",
            "REDIS_SENTINEL_PASSWORD");

    public RedisSetup {
        clusterNodes = List.copyOf(clusterNodes);
    }

    /** Whether the service talks to a Redis Cluster. */
    public boolean cluster() {
        return !clusterNodes.isEmpty();
    }

    /** What is configured, safe to log: the topology and its addresses, without passwords. */
    public String describe() {
        if (cluster()) {
            return "cluster " + String.join(",", clusterNodes.stream().map(RedisSetup::address).toList());
        }
        if (url == null) {
            return "embedded";
        }
        if (!url.getSentinels().isEmpty()) {
            return "sentinel master '" + url.getSentinelMasterId() + "' via "
                    + String.join(",", url.getSentinels().stream().map(RedisSetup::address).toList());
        }
        return address(url);
    }

    private static String address(RedisURI node) {
        return node.getHost() + ":" + node.getPort();
    }

    static RedisSetup from(Env env, boolean embeddedDatabase) {
        String url = env.get("REDIS_URL");
        List<String> sentinelNodes = env.list("REDIS_SENTINEL_NODES");
        String sentinelMaster = env.get("REDIS_SENTINEL_MASTER");
        String sentinelPassword = env.get("REDIS_SENTINEL_PASSWORD");
        String password = env.get("REDIS_PASSWORD");
        List<String> clusterNodes = env.list("REDIS_CLUSTER_NODES");
        String keyPrefix = env.get("STRATA_REDIS_KEY_PREFIX", "strata:");
        Duration timeout = Duration.ofMillis(env.integer("STRATA_REDIS_TIMEOUT_MS", 2000, 50, 60_000));
        int waitReplicas = env.integer("STRATA_REDIS_WAIT_REPLICAS", 0, 0, 10);

        List<String> topologies = new ArrayList<>();
        if (url != null) {
            topologies.add("REDIS_URL");
        }
        if (!sentinelNodes.isEmpty() || sentinelMaster != null) {
            topologies.add("REDIS_SENTINEL_NODES/REDIS_SENTINEL_MASTER");
        }
        if (!clusterNodes.isEmpty()) {
            topologies.add("REDIS_CLUSTER_NODES");
        }
        if (topologies.size() > 1) {
            throw new StrataException(String.join(" and ", topologies) + ": set only one Redis topology (one node or "
                    + "redis-sentinel:// in REDIS_URL, Sentinel, or Cluster)");
        }
        if (keyPrefix.contains("{") || keyPrefix.contains("}")) {
            throw new StrataException("STRATA_REDIS_KEY_PREFIX: must not contain { or }: Strata puts each user's keys "
                    + "in one Redis Cluster slot with a {hash tag} of its own");
        }
        if (topologies.isEmpty()) {
            if (!embeddedDatabase) {
                throw new StrataException("REDIS_URL: required with a configured database, so that every replica "
                        + "shares the sessions (e.g. redis://localhost:6379/0; or REDIS_SENTINEL_NODES with "
                        + "REDIS_SENTINEL_MASTER, or REDIS_CLUSTER_NODES)");
            }
            refuseWithout("REDIS_URL, REDIS_SENTINEL_NODES or REDIS_CLUSTER_NODES", env, "REDIS_PASSWORD",
                    "REDIS_SENTINEL_PASSWORD", "STRATA_REDIS_WAIT_REPLICAS");
            return new RedisSetup(null, List.of(), keyPrefix, timeout, 0);
        }
        if (url != null) {
            refuseWithout("REDIS_SENTINEL_NODES or REDIS_CLUSTER_NODES (REDIS_URL carries its own password)", env,
                    "REDIS_PASSWORD");
            RedisURI parsed = parse("REDIS_URL", url);
            if (parsed.getSentinels().isEmpty()) {
                refuseWithout("REDIS_SENTINEL_NODES or a redis-sentinel:// REDIS_URL", env, "REDIS_SENTINEL_PASSWORD");
            } else if (sentinelPassword != null) {
                parsed.getSentinels().forEach(sentinel -> sentinel.setCredentialsProvider(
                        new StaticCredentialsProvider(null, sentinelPassword.toCharArray())));
            }
            return new RedisSetup(parsed, List.of(), keyPrefix, timeout, waitReplicas);
        }
        if (!clusterNodes.isEmpty()) {
            refuseWithout("REDIS_SENTINEL_NODES", env, "REDIS_SENTINEL_PASSWORD");
            List<RedisURI> nodes = clusterNodes.stream().map(node -> node("REDIS_CLUSTER_NODES", node, password)).toList();
            if (nodes.stream().anyMatch(node -> node.getDatabase() != 0)) {
                throw new StrataException("REDIS_CLUSTER_NODES: a Redis Cluster has database 0 only");
            }
            return new RedisSetup(null, nodes, keyPrefix, timeout, waitReplicas);
        }
        if (sentinelNodes.isEmpty() || sentinelMaster == null) {
            throw new StrataException("REDIS_SENTINEL_NODES and REDIS_SENTINEL_MASTER: a Sentinel setup needs both "
                    + "(e.g. REDIS_SENTINEL_NODES=sentinel-1:26379,sentinel-2:26379 REDIS_SENTINEL_MASTER=mymaster)");
        }
        RedisURI.Builder master = RedisURI.builder().withSentinelMasterId(sentinelMaster);
        if (password != null) {
            master.withPassword(password.toCharArray());
        }
        for (String node : sentinelNodes) {
            RedisURI sentinel = node("REDIS_SENTINEL_NODES", node, sentinelPassword);
            master.withSentinel(sentinel);
            if (sentinel.isSsl()) {
                master.withSsl(true);
            }
        }
        return new RedisSetup(master.build(), List.of(), keyPrefix, timeout, waitReplicas);
    }

    private static void refuseWithout(String needed, Env env, String... variables) {
        for (String variable : variables) {
            if (env.has(variable)) {
                throw new StrataException(variable + ": only used with " + needed);
            }
        }
    }

    /** One entry of a node list: {@code host:port}, or a {@code redis://} / {@code rediss://} URL. */
    private static RedisURI node(String variable, String entry, @Nullable String password) {
        if (entry.contains("://")) {
            return parse(variable, entry);
        }
        int colon = entry.lastIndexOf(':');
        String host = colon < 0 ? entry : entry.substring(0, colon);
        int port;
        try {
            port = colon < 0 ? -1 : Integer.parseInt(entry.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isEmpty() || port < 1 || port > 65_535) {
            throw new StrataException(variable + ": expected host:port entries separated by commas, got '" + entry + "'");
        }
        RedisURI.Builder node = RedisURI.builder().withHost(host).withPort(port);
        if (password != null) {
            node.withPassword(password.toCharArray());
        }
        return node.build();
    }

    static RedisURI parse(String variable, String url) {
        boolean sentinel = url.startsWith("redis-sentinel://") || url.startsWith("rediss-sentinel://");
        if (!url.startsWith("redis://") && !url.startsWith("rediss://") && !sentinel) {
            throw new StrataException(variable + ": expected redis://host:6379/0, rediss://... or "
                    + "redis-sentinel://host:26379,host2:26379/0#master, got a URL with another scheme");
        }
        try {
            RedisURI uri = RedisURI.create(url);
            if (sentinel) {
                if (uri.getSentinels().isEmpty() || uri.getSentinelMasterId() == null) {
                    throw new StrataException(variable + ": a redis-sentinel:// URL names its sentinels and the "
                            + "master after # (redis-sentinel://host:26379,host2:26379/0#mymaster)");
                }
            } else if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new StrataException(variable + ": no host (expected redis://host:6379/0)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new StrataException(variable + ": " + e.getMessage());
        }
    }
}
