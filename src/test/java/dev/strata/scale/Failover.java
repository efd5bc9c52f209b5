package dev.strata.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.AuthApi;
import dev.strata.test.OutageLoad;
import dev.strata.test.OutageLoad.Phase;
import dev.strata.test.RedisServers;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A Redis failover under load, as the Sentinel and Cluster tests run it: sessions made before, six
 * clients calling me, login and register, the failover, then the figures (answers by status, the
 * longest 503 window, sessions lost). Every answer must be a success or a 503, never a 500.
 */
final class Failover {

    /** The step that fails Redis over and returns once the servers report the new topology settled. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private static final int SESSIONS = 20;
    private static final int CLIENTS = 6;

    private Failover() {
    }

    /** Runs the load through {@code failover}; returns the figures, after checking every answer and every earlier session. */
    static String underLoad(String name, AuthApi api, Step failover) throws Exception {
        List<String[]> before = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            JsonNode body = api.body(api.register(AuthApi.uniqueEmail("pre" + i), AuthApi.PASSWORD, null), 201);
            before.add(new String[] {body.get("access_token").asString(), body.get("refresh_token").asString()});
        }
        String figures;
        List<OutageLoad.Answer> answers;
        try (OutageLoad load = new OutageLoad(api, CLIENTS)) {
            load.await(answer -> true, CLIENTS * 5, RedisServers.BOUND);
            load.phase(Phase.FAULT);
            failover.run();
            load.phase(Phase.AFTER);
            load.await(answer -> answer.phase() == Phase.AFTER && answer.call().equals("login") && answer.status() == 200,
                    CLIENTS * 2, RedisServers.BOUND);
            figures = load.failoverFigures();
            answers = load.answers();
        }
        assertThat(answers).allSatisfy(answer ->
                assertThat(answer.status()).as("%s: %s", answer.call(), answer.body()).isIn(200, 201, 503));
        int lost = 0;
        for (String[] session : before) {
            if (api.me(session[0]).statusCode() != 200 || api.refresh(session[1]).statusCode() != 200) {
                lost++;
            }
        }
        String report = name + ": " + figures + "; sessions created before it and lost: " + lost + " of " + SESSIONS;
        System.out.println(report);
        assertThat(lost).as(report).isZero();
        return report;
    }
}
