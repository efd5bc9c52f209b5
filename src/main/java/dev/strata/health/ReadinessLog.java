package dev.strata.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line each time readiness changes: when it turns up the load balancer may send traffic; on
 * SIGTERM it turns down before the port stops accepting and in-flight requests drain.
 */
@Component
class ReadinessLog {

    private static final Logger log = LoggerFactory.getLogger(ReadinessLog.class);

    @EventListener
    void changed(AvailabilityChangeEvent<ReadinessState> event) {
        log.info("Readiness: {}", event.getState());
    }
}
