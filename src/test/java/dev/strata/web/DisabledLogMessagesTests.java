package dev.strata.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogMessage;

/**
 * Spring's lazy log messages stay unrendered when their level is off (spring-framework#37266):
 * commons-logging's SLF4J adapter rendered every one, Spring Security's matchers on every request.
 */
class DisabledLogMessagesTests {

    @Test
    void aDebugMessageIsNotRenderedWhenDebugIsOff() {
        Log log = LogFactory.getLog(at("dev.strata.web.DisabledLogMessagesTests.quiet", Level.INFO));
        AtomicInteger rendered = new AtomicInteger();
        LogMessage message = LogMessage.of(() -> "rendered " + rendered.incrementAndGet());

        assertThat(log.isDebugEnabled()).as("DEBUG is off for this logger").isFalse();
        log.debug(message);
        log.trace(message);

        assertThat(rendered).as("times the message was rendered").hasValue(0);
    }

    @Test
    void anEnabledMessageIsStillWritten() {
        Log log = LogFactory.getLog(at("dev.strata.web.DisabledLogMessagesTests.loud", Level.INFO));
        AtomicInteger rendered = new AtomicInteger();

        assertThat(log.isWarnEnabled()).isTrue();
        log.warn(LogMessage.of(() -> "rendered " + rendered.incrementAndGet()));

        assertThat(rendered).hasValue(1);
    }

    /** The logger's name, with its Logback level set (a test run's level is otherwise whatever ran before). */
    private static String at(String name, Level level) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name)).setLevel(level);
        return name;
    }
}
