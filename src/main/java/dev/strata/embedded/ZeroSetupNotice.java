package dev.strata.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** The one line that tells a zero-setup user what is running and how to use real servers instead. */
@Component
class ZeroSetupNotice implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ZeroSetupNotice.class);

    private final EmbeddedServices embedded;

    ZeroSetupNotice(EmbeddedServices embedded) {
        this.embedded = embedded;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!embedded.postgresStarted() && !embedded.redisStarted()) {
            return;
        }
        String port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? String.valueOf(web.getWebServer().getPort()) : "?";
        log.info("Zero-setup run: serving on http://localhost:{} with {}; set {} to use your own servers",
                port, what(), variables());
    }

    private String what() {
        if (embedded.postgresStarted() && embedded.redisStarted()) {
            return "the embedded PostgreSQL (data in " + embedded.home().resolve("postgres")
                    + ") and the embedded Redis";
        }
        return embedded.postgresStarted()
                ? "the embedded PostgreSQL (data in " + embedded.home().resolve("postgres") + ")"
                : "the embedded Redis";
    }

    private String variables() {
        if (embedded.postgresStarted() && embedded.redisStarted()) {
            return "DATABASE_URL and REDIS_URL";
        }
        return embedded.postgresStarted() ? "DATABASE_URL" : "REDIS_URL";
    }
}
