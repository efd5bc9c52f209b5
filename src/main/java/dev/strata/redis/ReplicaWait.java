package dev.strata.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes that must survive a failover ({@code STRATA_REDIS_WAIT_REPLICAS}): the Lua script and
 * then {@code WAIT} on one Lettuce connection of its own (WAIT counts the replicas that have every
 * write of the connection it is asked on). On a Cluster both go to the master of the script's slot.
 * With 0 replicas nothing is opened and {@link #eval} is never used.
 */
public final class ReplicaWait implements DisposableBean {

    private final LettuceConnectionFactory redis;
    private final RedisURI uri;
    private final int replicas;
    private final Duration timeout;
    private @Nullable StatefulConnection<String, String> connection;

    ReplicaWait(LettuceConnectionFactory redis, RedisURI uri, int replicas, Duration timeout) {
        this.redis = redis;
        this.uri = uri;
        this.replicas = replicas;
        this.timeout = timeout;
    }

    /** How many replicas each durable write waits for; 0: none. */
    public int replicas() {
        return replicas;
    }

    /**
     * Runs {@code script} (its keys in one slot; {@code integer} when it returns a number) and waits at most the timeout for {@link #replicas()}
     * replicas to have it; emits the script's result with how many replicas acknowledged it.
     */
    public Mono<Acknowledged> eval(String script, boolean integer, List<String> keys, List<String> args) {
        String[] keyArray = keys.toArray(String[]::new);
        String[] argArray = args.toArray(String[]::new);
        long millis = timeout.toMillis();
        return connection().flatMap(open -> switch (open) {
            case StatefulRedisClusterConnection<String, String> cluster -> {
                RedisClusterNode master = cluster.getPartitions().getMasterBySlot(SlotHash.getSlot(keys.getFirst()));
                StatefulRedisConnection<String, String> node = cluster.getConnection(master.getUri().getHost(),
                        master.getUri().getPort());
                yield evalThenWait(node, script, integer, keyArray, argArray, millis);
            }
            case StatefulRedisConnection<String, String> single -> evalThenWait(single, script, integer, keyArray, argArray, millis);
            default -> Mono.error(new IllegalStateException("unexpected connection " + open.getClass().getName()));
        });
    }

    /** What a durable write answered, and how many replicas had it in time. */
    public record Acknowledged(@Nullable Object result, long replicas) {
    }

    private Mono<Acknowledged> evalThenWait(StatefulRedisConnection<String, String> node, String script, boolean integer,
            String[] keys, String[] args, long millis) {
        return node.reactive().<Object>eval(script, integer ? ScriptOutputType.INTEGER : ScriptOutputType.VALUE, keys, args).next()
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(result -> node.reactive().waitForReplication(replicas, millis)
                        .map(count -> new Acknowledged(result.orElse(null), count)));
    }

    private synchronized Mono<StatefulConnection<String, String>> connection() {
        if (connection != null && connection.isOpen()) {
            return Mono.just(connection);
        }
        return Mono.fromCallable(this::open).subscribeOn(Schedulers.boundedElastic());
    }

    private synchronized StatefulConnection<String, String> open() {
        if (connection == null || !connection.isOpen()) {
            connection = switch (redis.getNativeClient()) {
                case RedisClusterClient cluster -> cluster.connect(StringCodec.UTF8);
                case RedisClient single -> single.connect(StringCodec.UTF8, uri);
                default -> throw new IllegalStateException("unexpected Redis client " + redis.getNativeClient());
            };
        }
        return connection;
    }

    @Override
    public synchronized void destroy() {
        if (connection != null) {
            connection.close();
        }
    }
}
