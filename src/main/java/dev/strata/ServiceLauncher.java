package dev.strata;

import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import dev.strata.settings.StrataSettings;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;

/**
 * The web service's start: the settings parsed once, before Spring (a malformed one stops the
 * process with one line naming it), then the application context with those very settings.
 */
final class ServiceLauncher {

    private ServiceLauncher() {
    }

    static void run(String[] args) {
        StrataSettings settings;
        try {
            settings = StrataSettings.from(Env.service(args, Path.of("").toAbsolutePath()));
        } catch (StrataException e) {
            System.err.println("strata: " + e.getMessage());
            System.exit(e.exitCode());
            return;
        }
        SpringApplication application = new SpringApplication(StrataApplication.class);
        // The context uses this very instance: the settings are parsed once per process.
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("strataSettings", settings));
        try {
            application.run(args);
        } catch (RuntimeException e) {
            StrataException failure = StrataException.find(e);
            if (failure == null) {
                throw e;
            }
            System.exit(failure.exitCode());
        }
    }
}
