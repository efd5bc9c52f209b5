package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.netty.channel.AbortedException;

/**
 * A client that goes away mid-request (wrk closing its connections, a browser tab closed) is no
 * server error: it is handed back to the server, which notes it at DEBUG, instead of being logged
 * as "Unexpected error" and answered with a 500 on a response that can no longer be written.
 */
class ClientGoneTests {

    private static final AbortedException GONE = new AbortedException("Connection has been closed BEFORE send operation");

    @Test
    void theHandlersGiveAGoneClientBackToTheServer() {
        assertThatThrownBy(() -> new ProblemHandler().unexpected(GONE)).isSameAs(GONE);
    }

    @Test
    void theLastResortWritesNothingForAGoneClient() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/auth/me"));

        assertThatThrownBy(() -> new LastResortErrors().handle(exchange, GONE).block(Duration.ofSeconds(10))).isSameAs(GONE);
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    @Test
    void aGoneClientsLateErrorIsNoBug() {
        assertThat(DroppedErrors.isOutage(GONE)).isTrue();
    }
}
