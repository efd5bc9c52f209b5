package dev.strata.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Hooks;

/**
 * Errors that arrive after their request was already answered or cancelled (a Redis command
 * failing once the request's deadline had answered 503) have no one left to tell. Reactor logs
 * each at ERROR with its stack trace; during an outage that is hundreds of stack traces for one
 * known cause. A dependency's outage, or a client that went away, is logged as one WARN line
 * instead; anything else stays an ERROR with its stack trace, since it may be a bug.
 */
@Component
class DroppedErrors implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DroppedErrors.class);

    @Override
    public void afterPropertiesSet() {
        Hooks.onErrorDropped(DroppedErrors::report);
    }

    @Override
    public void destroy() {
        Hooks.resetOnErrorDropped();
    }

    static void report(Throwable error) {
        if (isOutage(error)) {
            log.warn("After its request ended: {}", error.toString());
        } else {
            log.error("An error arrived after its request ended", error);
        }
    }

    static boolean isOutage(Throwable error) {
        return Outages.of(error) != null || Dependency.connectionLost(error)
                || DisconnectedClientHelper.isClientDisconnectedException(error);
    }
}
