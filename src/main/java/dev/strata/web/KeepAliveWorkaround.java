package dev.strata.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Works around reactor-netty#4361 in the Reactor Netty that Boot 4.1.0 manages (1.3.6). On a
 * keep-alive connection, a request that arrives while the previous one is still finishing (a 200
 * completed on a Redis or database thread) and is then answered at once (a 401 written by the
 * security filter) left the connection unread: the client's next request hung until it timed out.
 * {@code reactor.netty.http.server.lastFlushWhenNoRead=true} takes that path out. It is read once,
 * when the first server connection is set up, so it is set here, before any server starts, unless
 * it was given explicitly. Remove this once Boot manages reactor-netty 1.3.8 or later (which needs
 * a newer Netty than 4.2.15).
 */
class KeepAliveWorkaround implements EnvironmentPostProcessor {

    static final String PROPERTY = "reactor.netty.http.server.lastFlushWhenNoRead";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
