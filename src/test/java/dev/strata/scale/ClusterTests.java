package dev.strata.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.test.AuthApi;
import dev.strata.test.RedisServers;
import dev.strata.test.RedisServers.Server;
import dev.strata.test.TestEnvironment;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Redis Cluster of three masters and three replicas ({@code redis-cli --cluster create}, real
 * processes): every auth flow works (no CROSSSLOT: a user's keys share a hash tag), and a master
 * failed over ({@code CLUSTER FAILOVER} on its replica) under load costs no 500 and no session.
 */
@ExtendWith(TestEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

    private static RedisServers redis;
    private static final List<Server> NODES = new ArrayList<>();

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(RedisServers.available(), "redis-server is not installed");
        redis = new RedisServers(Files.createTempDirectory("strata-cluster"));
        for (int i = 0; i < 6; i++) {
            NODES.add(redis.node("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                    "--cluster-node-timeout", "3000"));
        }
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        NODES.forEach(node -> create.add(node.address()));
        create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        Process cli = new ProcessBuilder(create).redirectErrorStream(true).redirectOutput(
                Files.createTempFile("cluster-create", ".log").toFile()).start();
        assertThat(cli.waitFor(RedisServers.BOUND.toSeconds(), TimeUnit.SECONDS)).as("redis-cli --cluster create ended").isTrue();
        assertThat(cli.exitValue()).isZero();
        for (Server node : NODES) {
            RedisServers.await("CLUSTER INFO state:ok on " + node.port(), () -> node.info("cluster", "cluster_enabled")
                    .equals("1") && node.commands().clusterInfo().contains("cluster_state:ok"));
        }
        for (Server node : NODES) {
            if (node.info("replication", "role").equals("slave")) {
                RedisServers.await("replica " + node.port() + " in sync",
                        () -> node.info("replication", "master_link_status").equals("up"));
            }
        }
    }

    @AfterAll
    static void stopCluster() {
        if (redis != null) {
            redis.close();
        }
    }

    @DynamicPropertySource
    static void clusterRedis(DynamicPropertyRegistry registry) {
        TestEnvironment.current().variables().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("REDIS_URL", () -> "");
        registry.add("REDIS_CLUSTER_NODES", () -> String.join(",", NODES.stream().limit(3).map(Server::address).toList()));
        registry.add("STRATA_REDIS_TIMEOUT_MS", () -> "3000");
        registry.add("STRATA_RATE_LIMIT_IP", () -> "1000000");
        registry.add("STRATA_RATE_LIMIT_ACCOUNT", () -> "1000000");
    }

    @Test
    @Order(1)
    void everyAuthFlowWorks() throws Exception {
        AuthApi api = new AuthApi("http://localhost:" + port, json);
        String email = AuthApi.uniqueEmail("cluster");
        JsonNode registered = api.body(api.register(email, AuthApi.PASSWORD, null), 201);
        api.body(api.me(registered.get("access_token").asString()), 200);
        JsonNode login = api.body(api.login(email, AuthApi.PASSWORD), 200);

        // Rotation, then reuse of the first refresh token revokes that session.
        String firstRefresh = login.get("refresh_token").asString();
        JsonNode rotated = api.body(api.refresh(firstRefresh), 200);
        api.body(api.me(rotated.get("access_token").asString()), 200);
        api.problem(api.refresh(firstRefresh), 401, "invalid_refresh_token");
        api.problem(api.refresh(rotated.get("refresh_token").asString()), 401, "invalid_refresh_token");
        api.problem(api.me(rotated.get("access_token").asString()), 401, "unauthorized");

        // Logout everywhere ends the other sessions too.
        JsonNode one = api.body(api.login(email, AuthApi.PASSWORD), 200);
        JsonNode two = api.body(api.login(email, AuthApi.PASSWORD), 200);
        assertThat(api.logout(one.get("access_token").asString(), true).statusCode()).isEqualTo(204);
        api.problem(api.me(two.get("access_token").asString()), 401, "unauthorized");
        api.problem(api.refresh(two.get("refresh_token").asString()), 401, "invalid_refresh_token");
        api.problem(api.me(registered.get("access_token").asString()), 401, "unauthorized");
    }

    @Test
    @Order(2)
    void masterFailedOverUnderLoad() throws Exception {
        Server replica = NODES.stream().filter(node -> node.info("replication", "role").equals("slave")).findFirst()
                .orElseThrow();
        Failover.underLoad("CLUSTER FAILOVER", new AuthApi("http://localhost:" + port, json), () -> {
            replica.commands().clusterFailover(false);
            RedisServers.await("the replica took over its master", () -> replica.info("replication", "role").equals("master"));
            RedisServers.await("CLUSTER INFO state:ok everywhere", () -> NODES.stream()
                    .allMatch(node -> node.commands().clusterInfo().contains("cluster_state:ok")));
        });
    }
}
